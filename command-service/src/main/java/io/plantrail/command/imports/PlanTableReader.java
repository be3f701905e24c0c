package io.plantrail.command.imports;

import io.plantrail.command.action.timescale.TimescaleParser;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an action-plan table as councils paste it from Word or a spreadsheet: "Strategic Aim: N. title" headings
 * (even when the paste split the heading across cells), a header row repeated on every page (even an OCR-damaged
 * one, read by likeness), and rows of Ref, Priority, Lead, Timescale or Completion Date, and Progress to date.
 * Nothing is guessed silently: every line of the file ends up in the table as something, with the reason.
 */
final class PlanTableReader {

    /** The columns an action plan has, each with the names plans give it. */
    enum Column {
        REF("ref", "reference", "no", "number", "#"),
        PRIORITY("priority", "priorities", "action", "actions", "description"),
        LEAD("lead", "leads", "lead officer", "responsible", "owner"),
        TIMESCALE("timescale", "timescales", "completion date", "due", "due date", "target date", "deadline",
                "by when"),
        PROGRESS("progress to date", "progress", "progress update", "update", "comments");

        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        String label() {
            return switch (this) {
                case REF -> "Ref";
                case PRIORITY -> "Priority";
                case LEAD -> "Lead";
                case TIMESCALE -> "Timescale";
                case PROGRESS -> "Progress to date";
            };
        }
    }

    static final int MAX_TITLE = 1000;
    static final int MAX_NARRATIVE = 10_000;
    static final int MAX_TIMESCALE = 500;
    static final int MAX_LEAD = 200;
    static final int MAX_LEADS = 20;

    private static final Pattern AIM_HEADING = Pattern.compile(
            "(?i)^\\s*(?:strategic\\s+)?aim\\b\\s*(?:no\\.?\\s*)?[:.\\-–]?\\s*(\\d{1,3})?\\s*[.:)\\-–]?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern STRATEGIC_AIM = Pattern.compile("(?i)^\\s*strategic\\s+aim\\b");
    private static final Pattern REF = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){0,3}[a-z]?");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    private final LeadReader leads;

    PlanTableReader(LeadReader leads) {
        this.leads = leads;
    }

    PlanTable read(List<TableText.Line> lines) {
        List<PlanTable.Row> rows = new ArrayList<>();
        Map<Column, Integer> columns = defaultColumns();
        Integer aim = null;
        String aimProblem = null; // why the rows under an unreadable heading have no aim
        Map<Integer, Integer> aimLines = new HashMap<>();
        Map<String, Integer> refLines = new HashMap<>();
        for (TableText.Line line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String joined = line.joined();
            if (STRATEGIC_AIM.matcher(joined).find() || isShortAimHeading(line)) {
                PlanTable.Row row = aimHeading(line, joined, aimLines);
                rows.add(row);
                if (row instanceof PlanTable.Aim read) {
                    aim = read.number();
                    aimProblem = null;
                } else if (row instanceof PlanTable.Unreadable) {
                    aim = null;
                    aimProblem = "its Strategic Aim heading on line " + line.number() + " could not be read";
                }
                continue;
            }
            Optional<PlanTable.Header> header = header(line);
            if (header.isPresent()) {
                columns = columnsOf(line);
                rows.add(header.get());
                continue;
            }
            String refCell = repaired(line.cell(columns.get(Column.REF)), new ArrayList<>());
            if (REF.matcher(stripRef(refCell)).matches()) {
                rows.add(action(line, columns, aim, aimProblem, refLines));
            } else if (words(line) >= 2) {
                rows.add(new PlanTable.Unreadable(line.number(), joined, List.of(refCell.isEmpty()
                        ? "has no Ref; every action needs one, such as 1.1"
                        : "'" + refCell + "' in the Ref column is not a ref such as 1.1 or 3.2a")));
            } else if (words(line) == 1) {
                rows.add(new PlanTable.Ignored(line.number(), joined, "text outside the table (a title or banner)"));
            } else {
                rows.add(new PlanTable.Ignored(line.number(), joined, "no words to read (OCR debris or a table rule)"));
            }
        }
        return new PlanTable(List.copyOf(rows));
    }

    /** "Aim 2" alone on a line is a heading too; "Strategic Aim" anywhere at the start always is. */
    private static boolean isShortAimHeading(TableText.Line line) {
        return line.filled().size() <= 3 && line.joined().matches("(?i)^aim\\s*\\d{1,3}\\b.*");
    }

    private static PlanTable.Row aimHeading(TableText.Line line, String joined, Map<Integer, Integer> aimLines) {
        Matcher m = AIM_HEADING.matcher(joined);
        if (!m.matches() || m.group(1) == null) {
            return new PlanTable.Unreadable(line.number(), joined,
                    List.of("a Strategic Aim heading without a number, such as 'Strategic Aim: 1. Title'"));
        }
        int number = Integer.parseInt(m.group(1));
        String title = m.group(2).strip().replaceAll("\\s+", " ");
        if (number < 1) {
            return new PlanTable.Unreadable(line.number(), joined, List.of("aim numbers start at 1"));
        }
        if (aimLines.containsKey(number)) {
            return new PlanTable.Ignored(line.number(), joined,
                    "aim " + number + " was already given on line " + aimLines.get(number));
        }
        if (title.isEmpty() || words(title) == 0) {
            return new PlanTable.Unreadable(line.number(), joined, List.of("aim " + number + " has no title"));
        }
        if (title.length() > 500) {
            return new PlanTable.Unreadable(line.number(), joined,
                    List.of("an aim title may be at most 500 characters"));
        }
        aimLines.put(number, line.number());
        List<String> warnings = new ArrayList<>();
        String fixed = repaired(title, warnings);
        return new PlanTable.Aim(line.number(), number, fixed, List.copyOf(warnings));
    }

    private PlanTable.Row action(TableText.Line line, Map<Column, Integer> columns, Integer aim, String aimProblem,
                                 Map<String, Integer> refLines) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String ref = stripRef(repaired(line.cell(columns.get(Column.REF)), warnings));
        String title = repaired(line.cell(columns.get(Column.PRIORITY)), warnings);
        String leadCell = repaired(line.cell(columns.get(Column.LEAD)), warnings);
        String timescaleCell = repaired(line.cell(columns.get(Column.TIMESCALE)), warnings);
        String progress = repaired(line.cell(columns.get(Column.PROGRESS)), warnings);

        if (aim == null) {
            problems.add(aimProblem != null ? aimProblem : "comes before any Strategic Aim heading");
        } else if (!ref.startsWith(aim + ".") && !ref.equals(String.valueOf(aim))) {
            warnings.add("ref " + ref + " is under Strategic Aim " + aim + "; it is imported under aim " + aim);
        }
        if (refLines.containsKey(ref)) {
            problems.add("ref " + ref + " is already used on line " + refLines.get(ref));
        }
        if (title.isEmpty()) {
            problems.add("has no Priority (the action's title)");
        } else if (title.length() > MAX_TITLE) {
            problems.add("the Priority is " + title.length() + " characters; at most " + MAX_TITLE);
        }
        LeadReader.Read read = leads.read(leadCell);
        warnings.addAll(read.warnings());
        if (read.leads().size() > MAX_LEADS) {
            problems.add("names " + read.leads().size() + " leads; at most " + MAX_LEADS);
        }
        read.leads().stream().filter(lead -> lead.name().length() > MAX_LEAD).findFirst()
                .ifPresent(lead -> problems.add("a lead name may be at most " + MAX_LEAD + " characters"));
        Timescale timescale = TimescaleParser.parse(timescaleCell.isEmpty() ? "TBC" : timescaleCell);
        if (timescaleCell.length() > MAX_TIMESCALE) {
            problems.add("the Timescale is " + timescaleCell.length() + " characters; at most " + MAX_TIMESCALE);
        } else if (timescale.precision() == TimescalePrecision.UNREADABLE) {
            warnings.add("timescale '" + timescaleCell + "' names no date that can be read; it is kept as written, "
                    + "with no due date");
        }
        if (progress.length() > MAX_NARRATIVE) {
            problems.add("Progress to date is " + progress.length() + " characters; at most " + MAX_NARRATIVE);
        }
        int known = columns.values().stream().filter(index -> index != Integer.MAX_VALUE)
                .mapToInt(Integer::intValue).max().orElse(0);
        for (int i = known + 1; i < line.cells().size(); i++) {
            if (!line.cell(i).isEmpty()) {
                problems.add("has text in column " + (i + 1) + ", beyond the table's " + (known + 1)
                        + " columns: '" + abbreviate(line.cell(i)) + "'");
                break;
            }
        }
        if (!problems.isEmpty()) {
            return new PlanTable.Unreadable(line.number(), line.joined(), List.copyOf(problems));
        }
        refLines.put(ref, line.number());
        return new PlanTable.Action(line.number(), ref, aim, title, read.leads(), timescale,
                progress.isEmpty() ? null : progress, List.copyOf(warnings));
    }

    /** A header row: at least three cells that are, or look like, column names, and no ref in the first. */
    private static Optional<PlanTable.Header> header(TableText.Line line) {
        Map<Integer, Match> matches = matches(line);
        if (matches.size() < 3 || matches.values().stream().map(Match::column).distinct().count() < 3
                || REF.matcher(stripRef(line.cell(0))).matches()) {
            return Optional.empty();
        }
        List<String> warnings = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        boolean damaged = false;
        for (Map.Entry<Integer, Match> entry : matches.entrySet()) {
            columns.add(entry.getValue().column().label());
            damaged |= entry.getValue().distance() > 0;
        }
        if (damaged) {
            warnings.add("a damaged header row, read as " + String.join(" | ", columns));
        }
        return Optional.of(new PlanTable.Header(line.number(), List.copyOf(columns), List.copyOf(warnings)));
    }

    private static Map<Column, Integer> columnsOf(TableText.Line line) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        matches(line).forEach((index, match) -> columns.putIfAbsent(match.column(), index));
        Map<Column, Integer> defaults = defaultColumns();
        for (Column column : Column.values()) {
            if (!columns.containsKey(column) && !columns.containsValue(defaults.get(column))) {
                columns.put(column, defaults.get(column));
            }
        }
        for (Column column : Column.values()) {
            columns.putIfAbsent(column, Integer.MAX_VALUE); // a column the table does not have reads as empty
        }
        return columns;
    }

    private record Match(Column column, int distance) {
    }

    /**
     * Cell index to the column its text names, exactly or by likeness (at most half its letters wrong). Each
     * column goes to one cell, the likest first, so "Duaguage to date" is Progress to date once "Timeseels" has
     * taken Timescale, though it is as like "target date".
     */
    private static Map<Integer, Match> matches(TableText.Line line) {
        record Candidate(int cell, Column column, int distance, double share) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < line.cells().size(); i++) {
            String cell = line.cell(i).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", "").strip();
            if (cell.isEmpty() || cell.length() > 30) {
                continue;
            }
            for (Column column : Column.values()) {
                for (String name : column.names) {
                    String plain = name.replaceAll("[^\\p{L} ]", "");
                    int distance = levenshtein(cell, plain);
                    int longer = Math.max(cell.length(), plain.length());
                    if (distance == 0 || (plain.length() >= 3 && distance * 2 <= longer)) {
                        candidates.add(new Candidate(i, column, distance, (double) distance / longer));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::share));
        Map<Integer, Match> matches = new TreeMap<>();
        Set<Column> taken = EnumSet.noneOf(Column.class);
        for (Candidate candidate : candidates) {
            if (!matches.containsKey(candidate.cell()) && taken.add(candidate.column())) {
                matches.put(candidate.cell(), new Match(candidate.column(), candidate.distance()));
            }
        }
        return matches;
    }

    private static Map<Column, Integer> defaultColumns() {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            columns.put(column, column.ordinal());
        }
        return columns;
    }

    private static String stripRef(String cell) {
        return cell.strip().replaceAll("\\.+$", "").toLowerCase(Locale.ROOT);
    }

    /** Look-alike letters from another script made Latin, and said so. */
    private static String repaired(String cell, List<String> warnings) {
        Optional<String> fixed = OcrRepair.repair(cell);
        fixed.ifPresent(text -> warnings.add("read '" + cell + "' as '" + text
                + "' (letters from another script that look like Latin ones, an OCR slip)"));
        return fixed.orElse(cell);
    }

    private static int words(TableText.Line line) {
        int cells = 0;
        for (String cell : line.cells()) {
            if (words(cell) > 0) {
                cells++;
            }
        }
        return cells;
    }

    private static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
