package io.plantrail.command.imports;

import io.plantrail.events.Rag;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a directorate scorecard pasted from Word, as in seed 000: a title, "Reporting Period : Quarter 2 2011/12",
 * a table of Directorate Priorities | Progress Summary | Overall Progress | Supporting Measures | Q1 .. Q4 (a
 * measure may stand on its priority's row or on a row of its own), then a Self Assessment and numbered Notes.
 */
final class ScorecardReader {

    private static final Pattern PERIOD = Pattern.compile(
            "(?i)reporting\\s+period\\s*:?\\s*(?:quarter|qtr|q)\\s*([1-4])\\s*,?\\s*(\\d{4})\\s*/\\s*(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*/\\s*(\\d{2})");
    private static final Pattern NOTE = Pattern.compile("^(\\d{1,2})\\s*[-–.):]\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)^(-?\\d+(?:\\.\\d+)?)\\s*(%)?\\s*(\\(p\\)|p|provisional)?$");
    private static final Pattern PENDING = Pattern.compile(
            "(?i)^(?:available|expected|due|to follow)\\s+(?:in\\s+)?([a-z]{3,9})\\.?(?:\\s+(\\d{4}))?$");
    private static final Pattern SUPERSCRIPTS = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    private enum Section { PREAMBLE, TABLE, SELF_ASSESSMENT, NOTES }

    private ScorecardReader() {
    }

    static Scorecard read(List<TableText.Line> lines) {
        String title = null;
        String period = null;
        Integer startYear = null;
        List<Scorecard.Priority> priorities = new ArrayList<>();
        List<Scorecard.Measure> measures = new ArrayList<>();
        Map<Integer, String> notes = new LinkedHashMap<>();
        List<String> selfAssessment = new ArrayList<>();
        List<Scorecard.Line> ignored = new ArrayList<>();
        List<Scorecard.Line> problems = new ArrayList<>();
        Map<String, Integer> columns = defaultColumns();
        Section section = Section.PREAMBLE;
        for (TableText.Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String joined = line.joined();
            Matcher periodMatch = PERIOD.matcher(joined);
            if (periodMatch.find()) {
                startYear = Integer.parseInt(periodMatch.group(2));
                period = periodMatch.group(2) + "/" + periodMatch.group(3) + " Q" + periodMatch.group(1);
                continue;
            }
            if (isHeader(line)) {
                columns = columnsOf(line);
                section = Section.TABLE;
                continue;
            }
            if (joined.matches("(?i)self[- ]assessment:?")) {
                section = Section.SELF_ASSESSMENT;
                continue;
            }
            if (joined.matches("(?i)notes?:?")) {
                section = Section.NOTES;
                continue;
            }
            switch (section) {
                case PREAMBLE -> {
                    if (title == null && joined.toLowerCase(Locale.ROOT).contains("scorecard")) {
                        title = joined;
                        Matcher year = YEAR.matcher(joined);
                        if (startYear == null && year.find()) {
                            startYear = Integer.parseInt(year.group(1));
                        }
                    } else {
                        ignored.add(new Scorecard.Line(line.number(), joined, "text before the table"));
                    }
                }
                case TABLE -> row(line, columns, startYear, period, priorities, measures, ignored, problems);
                case SELF_ASSESSMENT -> selfAssessment.add(joined);
                case NOTES -> {
                    Matcher note = NOTE.matcher(joined);
                    if (note.matches()) {
                        notes.put(Integer.parseInt(note.group(1)), note.group(2).strip());
                    } else {
                        ignored.add(new Scorecard.Line(line.number(), joined, "text among the notes without a number"));
                    }
                }
            }
        }
        if (period == null) {
            problems.add(new Scorecard.Line(0, "", "no 'Reporting Period : Quarter N YYYY/YY' line, so the "
                    + "quarters' year is not known"));
        }
        return new Scorecard(title, period, List.copyOf(priorities), List.copyOf(measures), notes,
                selfAssessment.isEmpty() ? null : String.join("\n\n", selfAssessment), List.copyOf(ignored),
                List.copyOf(problems));
    }

    private static void row(TableText.Line line, Map<String, Integer> columns, Integer startYear, String period,
                            List<Scorecard.Priority> priorities, List<Scorecard.Measure> measures,
                            List<Scorecard.Line> ignored, List<Scorecard.Line> problems) {
        String priorityName = line.cell(columns.get("priority"));
        String measureName = line.cell(columns.get("measure"));
        String linked = null;
        if (!priorityName.isEmpty()) {
            String overallText = line.cell(columns.get("overall"));
            Rag overall = rag(overallText).orElse(null);
            if (overall == null && !overallText.isEmpty()) {
                problems.add(new Scorecard.Line(line.number(), line.joined(),
                        "Overall Progress '" + overallText + "' is not Red, Amber or Green"));
            }
            String summary = line.cell(columns.get("summary"));
            priorities.add(new Scorecard.Priority(line.number(), priorityName, summary.isEmpty() ? null : summary,
                    overall));
            linked = priorityName;
        }
        if (measureName.isEmpty()) {
            if (priorityName.isEmpty()) {
                boolean words = WORD.matcher(line.joined()).find();
                (words ? problems : ignored).add(new Scorecard.Line(line.number(), line.joined(), words
                        ? "a row with neither a priority nor a measure" : "no words to read"));
            }
            return;
        }
        List<Scorecard.QuarterValue> values = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            String cell = line.cell(columns.get("q" + quarter));
            if (cell.isEmpty()) {
                continue;
            }
            String quarterPeriod = startYear == null ? "Q" + quarter
                    : startYear + "/" + String.format("%02d", (startYear + 1) % 100) + " Q" + quarter;
            Optional<Scorecard.QuarterValue> value = value(cell, quarterPeriod, startYear, quarter);
            if (value.isPresent()) {
                values.add(value.get());
            } else {
                problems.add(new Scorecard.Line(line.number(), line.joined(),
                        "the Q" + quarter + " value '" + cell + "' is not a number, a colour or 'available <month>'"));
            }
        }
        Scorecard.QuarterValue target = null;
        String targetCell = columns.containsKey("target") ? line.cell(columns.get("target")) : "";
        if (!targetCell.isEmpty() && period != null) {
            target = value(targetCell, period, startYear, Integer.parseInt(period.substring(period.length() - 1)))
                    .filter(value -> value.status() != Scorecard.ValueStatus.PENDING)
                    .orElse(null);
            if (target == null) {
                problems.add(new Scorecard.Line(line.number(), line.joined(),
                        "the target '" + targetCell + "' is not a number or a colour"));
            }
        }
        Scorecard.Unit unit = unit(values, target, measureName);
        // A measure rated by colour ("Complete restructure ...") is better the greener it is.
        Scorecard.Direction direction = unit == Scorecard.Unit.RAG ? Scorecard.Direction.INCREASE
                : direction(measureName);
        if (direction == null) {
            problems.add(new Scorecard.Line(line.number(), line.joined(), "the measure '" + measureName
                    + "' does not start with Increase, Maintain or Reduce, so its direction is not known"));
        }
        if (unit == null) {
            problems.add(new Scorecard.Line(line.number(), line.joined(), "the measure '" + measureName
                    + "' has no value that shows its unit (%, a number or a colour)"));
        }
        measures.add(new Scorecard.Measure(line.number(), measureName, direction, unit, linked,
                List.copyOf(values), target));
    }

    static Optional<Scorecard.QuarterValue> value(String cell, String period, Integer startYear, int quarter) {
        List<Integer> footnotes = new ArrayList<>();
        Matcher marks = SUPERSCRIPTS.matcher(cell);
        while (marks.find()) {
            for (char c : marks.group().toCharArray()) {
                footnotes.add(superscript(c));
            }
        }
        String text = SUPERSCRIPTS.matcher(cell).replaceAll("").strip();
        Optional<Rag> rag = rag(text);
        if (rag.isPresent()) {
            return Optional.of(new Scorecard.QuarterValue(period, cell, null, rag.get(),
                    Scorecard.ValueStatus.FINAL, null, footnotes));
        }
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            Scorecard.ValueStatus status = number.group(3) == null ? Scorecard.ValueStatus.FINAL
                    : Scorecard.ValueStatus.PROVISIONAL;
            return Optional.of(new Scorecard.QuarterValue(period, cell, new BigDecimal(number.group(1)), null, status,
                    null, footnotes));
        }
        Matcher pending = PENDING.matcher(text);
        if (pending.matches() && month(pending.group(1)).isPresent()) {
            Month month = month(pending.group(1)).get();
            YearMonth expected = pending.group(2) != null ? YearMonth.of(Integer.parseInt(pending.group(2)), month)
                    : startYear == null ? null : firstAfterQuarter(startYear, quarter, month);
            return Optional.of(new Scorecard.QuarterValue(period, cell, null, null, Scorecard.ValueStatus.PENDING,
                    expected, footnotes));
        }
        return Optional.empty();
    }

    /** "available Dec" in Q2 2011/12 means December 2011: the first such month after the quarter ends. */
    private static YearMonth firstAfterQuarter(int startYear, int quarter, Month month) {
        YearMonth quarterEnd = YearMonth.of(startYear, Month.JUNE).plusMonths(3L * (quarter - 1));
        YearMonth candidate = YearMonth.of(quarterEnd.getYear(), month);
        return candidate.isAfter(quarterEnd) ? candidate : candidate.plusYears(1);
    }

    private static Optional<Month> month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (lower.length() >= 3 && full.startsWith(lower) || lower.equals("sept") && month == Month.SEPTEMBER) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static Optional<Rag> rag(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "red", "r" -> Optional.of(Rag.RED);
            case "amber", "a" -> Optional.of(Rag.AMBER);
            case "green", "g" -> Optional.of(Rag.GREEN);
            default -> Optional.empty();
        };
    }

    private static Scorecard.Direction direction(String name) {
        String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return switch (first) {
            case "increase", "improve", "raise", "more" -> Scorecard.Direction.INCREASE;
            case "maintain", "sustain", "keep" -> Scorecard.Direction.MAINTAIN;
            case "reduce", "decrease", "lower", "fewer", "less" -> Scorecard.Direction.REDUCE;
            default -> null;
        };
    }

    /**
     * A measure rated by colour is RAG; one whose values carry % is PERCENT; other numbers are counts, or rates when
     * one has a fraction. When every
     * value is still pending, a name that says "percentage" is PERCENT; otherwise the unit is not guessed.
     */
    private static Scorecard.Unit unit(List<Scorecard.QuarterValue> values, Scorecard.QuarterValue target,
                                       String name) {
        List<Scorecard.QuarterValue> all = new ArrayList<>(values);
        if (target != null) {
            all.add(target);
        }
        if (all.stream().anyMatch(value -> value.rag() != null)) {
            return Scorecard.Unit.RAG;
        }
        if (all.stream().anyMatch(value -> value.text().contains("%"))) {
            return Scorecard.Unit.PERCENT;
        }
        if (all.stream().anyMatch(value -> value.value() != null)) {
            // 4.5 is no count: a number with a fraction is a rate
            return all.stream().anyMatch(value -> value.value() != null
                    && value.value().stripTrailingZeros().scale() > 0) ? Scorecard.Unit.RATE : Scorecard.Unit.COUNT;
        }
        return name.toLowerCase(Locale.ROOT).contains("percentage") ? Scorecard.Unit.PERCENT : null;
    }

    private static boolean isHeader(TableText.Line line) {
        String joined = line.joined().toLowerCase(Locale.ROOT);
        return joined.contains("measure") && line.cells().stream().anyMatch(cell -> cell.equalsIgnoreCase("Q1"));
    }

    private static Map<String, Integer> columnsOf(TableText.Line line) {
        Map<String, Integer> columns = defaultColumns();
        for (int i = 0; i < line.cells().size(); i++) {
            String cell = line.cell(i).toLowerCase(Locale.ROOT);
            if (cell.matches("q[1-4]")) {
                columns.put(cell, i);
            } else if (cell.contains("target")) {
                columns.put("target", i);
            } else if (cell.contains("measure")) {
                columns.put("measure", i);
            } else if (cell.contains("overall")) {
                columns.put("overall", i);
            } else if (cell.contains("summary")) {
                columns.put("summary", i);
            } else if (cell.contains("priorit")) {
                columns.put("priority", i);
            }
        }
        return columns;
    }

    private static Map<String, Integer> defaultColumns() {
        Map<String, Integer> columns = new LinkedHashMap<>();
        columns.put("priority", 0);
        columns.put("summary", 1);
        columns.put("overall", 2);
        columns.put("measure", 3);
        for (int quarter = 1; quarter <= 4; quarter++) {
            columns.put("q" + quarter, 3 + quarter);
        }
        return columns;
    }

    private static int superscript(char c) {
        return switch (c) {
            case '¹' -> 1;
            case '²' -> 2;
            case '³' -> 3;
            case '⁰' -> 0;
            default -> c - '⁰';
        };
    }
}
