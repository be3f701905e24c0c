package io.plantrail.command.action.timescale;

import io.plantrail.events.TimescalePrecision;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.plantrail.events.TimescalePrecision.DAY;
import static io.plantrail.events.TimescalePrecision.FINANCIAL_YEAR;
import static io.plantrail.events.TimescalePrecision.MONTH;
import static io.plantrail.events.TimescalePrecision.QUARTER;
import static io.plantrail.events.TimescalePrecision.SEASON;
import static io.plantrail.events.TimescalePrecision.YEAR;

/**
 * The date shapes councils write, and where each one ends. Shapes are tried most specific first and
 * each claims its text, so "Q3 2010/11" is never also read as the financial year 2010/11 or the year 2010.
 */
final class DateSpans {

    /** Ordinal suffix, also split off by OCR ("31 st") or kept as HTML ("31<sup>st</sup>"). */
    private static final String ORDINAL = "(?:\\s*(?:<sup>\\s*)?(?:st|nd|rd|th)(?:\\s*</sup>)?)?";

    /** A year must not run on into "/11" or "-11": that is a financial year, read by its own shape. */
    private static final String YEAR_END = "\\b(?![/.-]\\d)(?!\\s*/\\s*\\d)";

    /** Financial year "2010/11", "2010-11", "2010 / 2011"; a spaced dash only between full years. */
    private static final String FINANCIAL =
            "(?<fy1>\\d{4})(?:\\s*/\\s*|-|\\s+-\\s+(?=\\d{4}))(?<fy2>\\d{4}|\\d{2})" + YEAR_END;

    /** Qualifiers before a month or season that never move its end: "end of March 2010", "late Summer 2010". */
    private static final String PREFIX =
            "(?:\\b(?:the\\s+)?(?:early|mid|middle|late|end|start|beginning)(?:\\s+of)?[\\s-]+)?";

    private static final String QUARTER_WORD = "\\b(?:quarter|qtr|q)\\s*(?<q>\\d{1,2})\\b";

    private static final String MONTH_WORD = "\\b(?<mon>" + DateWords.MONTH + ")\\b";

    private static final List<Shape> SHAPES = List.of(
            new Shape("\\b(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})\\b(?![/.-]\\d)", DateSpans::numericDay),
            // UK documents write the day first; a two-digit year is refused, never widened to a century.
            new Shape("\\b(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})" + YEAR_END,
                    DateSpans::numericDay),
            new Shape("\\b(?<m>\\d{1,2})/(?<y>\\d{4})" + YEAR_END, DateSpans::numericMonth),
            new Shape(QUARTER_WORD + "(?:\\s+of)?[\\s,-]*(?:(?:fy|financial\\s+year)\\s*)?\\b" + FINANCIAL,
                    DateSpans::financialQuarter),
            new Shape("\\b" + FINANCIAL + "[\\s,-]*" + QUARTER_WORD, DateSpans::financialQuarter),
            new Shape("\\b(?<d>\\d{1,2})" + ORDINAL + "[\\s.,/-]*(?:of\\s+)?" + MONTH_WORD
                    + "(?:[\\s.,/-]+'?|')(?<y>\\d{4}|\\d{2})" + YEAR_END, DateSpans::namedDay),
            new Shape(MONTH_WORD + "\\.?\\s+(?<d>\\d{1,2})" + ORDINAL + "(?:\\s*,\\s*|\\s+)(?<y>\\d{4})" + YEAR_END,
                    DateSpans::namedDay),
            new Shape(PREFIX + MONTH_WORD + "(?:[\\s.,/-]+'?|')(?<y>\\d{4}|\\d{2})" + YEAR_END,
                    DateSpans::namedMonth),
            // "Winter 2010/11" names the winter that starts in 2010.
            new Shape(PREFIX + "\\bwinter[\\s,-]+" + FINANCIAL, DateSpans::winterOfFinancialYear),
            new Shape(PREFIX + "\\b(?<season>spring|summer|autumn|winter)[\\s.,/-]+(?<y>\\d{4})" + YEAR_END,
                    DateSpans::season),
            new Shape("\\b(?:the\\s+)?(?<part>early|mid|middle|late|end|start|beginning)(?:\\s+of)?(?:\\s+the)?"
                    + "(?:\\s+year)?[\\s-]+(?<y>\\d{4})" + YEAR_END, DateSpans::partOfYear),
            new Shape("(?:\\b(?:the\\s+)?end\\s+of\\s+)?\\b" + FINANCIAL, DateSpans::financialYear),
            new Shape("\\b(?<y>\\d{4})" + YEAR_END, DateSpans::year));

    private DateSpans() {
    }

    /** Every date-shaped run in {@code text}, in reading order; broken ones included. */
    static List<DateSpan> find(String text) {
        boolean[] claimed = new boolean[text.length()];
        List<DateSpan> spans = new ArrayList<>();
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                if (isClaimed(claimed, m.start(), m.end())) {
                    from = m.start() + 1;
                    continue;
                }
                spans.add(resolve(shape, m));
                for (int i = m.start(); i < m.end(); i++) {
                    claimed[i] = true;
                }
                from = m.end();
            }
        }
        spans.sort(Comparator.comparingInt(DateSpan::start));
        return spans;
    }

    private static DateSpan resolve(Shape shape, Matcher m) {
        try {
            Resolved resolved = shape.resolver().resolve(m);
            if (resolved != null) {
                return new DateSpan(m.start(), m.end(), resolved.due(), resolved.precision());
            }
        } catch (DateTimeException impossibleDate) {
            // "31 Feb 2010" has the shape of a day but is none; fall through to refuse it.
        }
        return DateSpan.broken(m.start(), m.end());
    }

    private static boolean isClaimed(boolean[] claimed, int start, int end) {
        for (int i = start; i < end; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    private static Resolved numericDay(Matcher m) {
        return day(m, Integer.parseInt(m.group("m")));
    }

    private static Resolved namedDay(Matcher m) {
        return day(m, DateWords.month(m.group("mon")));
    }

    private static Resolved day(Matcher m, int month) {
        int year = fullYear(m.group("y"));
        return year < 0 ? null : new Resolved(LocalDate.of(year, month, Integer.parseInt(m.group("d"))), DAY);
    }

    private static Resolved numericMonth(Matcher m) {
        return month(m, Integer.parseInt(m.group("m")));
    }

    private static Resolved namedMonth(Matcher m) {
        return month(m, DateWords.month(m.group("mon")));
    }

    private static Resolved month(Matcher m, int month) {
        int year = fullYear(m.group("y"));
        return year < 0 ? null : new Resolved(YearMonth.of(year, month).atEndOfMonth(), MONTH);
    }

    private static Resolved financialQuarter(Matcher m) {
        int startYear = financialStartYear(m);
        int quarter = Integer.parseInt(m.group("q"));
        if (startYear < 0 || quarter < 1 || quarter > 4) {
            return null;
        }
        // Q1 is April-June, so Q4 (January-March) ends in the financial year's second calendar year.
        YearMonth last = quarter == 4 ? YearMonth.of(startYear + 1, 3) : YearMonth.of(startYear, 3 + 3 * quarter);
        return new Resolved(last.atEndOfMonth(), QUARTER);
    }

    private static Resolved financialYear(Matcher m) {
        int startYear = financialStartYear(m);
        return startYear < 0 ? null : new Resolved(LocalDate.of(startYear + 1, 3, 31), FINANCIAL_YEAR);
    }

    private static Resolved winterOfFinancialYear(Matcher m) {
        int startYear = financialStartYear(m);
        return startYear < 0 ? null : winter(startYear);
    }

    private static Resolved season(Matcher m) {
        int year = fullYear(m.group("y"));
        if (year < 0) {
            return null;
        }
        return switch (m.group("season").toLowerCase(Locale.ROOT)) {
            case "spring" -> new Resolved(LocalDate.of(year, 5, 31), SEASON);
            case "summer" -> new Resolved(LocalDate.of(year, 8, 31), SEASON);
            case "autumn" -> new Resolved(LocalDate.of(year, 11, 30), SEASON);
            default -> winter(year);
        };
    }

    /** Winter runs into the next year, so it ends with February then, 29th in a leap year. */
    private static Resolved winter(int year) {
        return new Resolved(YearMonth.of(year + 1, 2).atEndOfMonth(), SEASON);
    }

    private static Resolved partOfYear(Matcher m) {
        int year = fullYear(m.group("y"));
        if (year < 0) {
            return null;
        }
        return switch (m.group("part").toLowerCase(Locale.ROOT)) {
            // "start of" and "beginning of" are read as "early", whose end they cannot pass.
            case "early", "start", "beginning" -> new Resolved(LocalDate.of(year, 4, 30), SEASON);
            case "mid", "middle" -> new Resolved(LocalDate.of(year, 8, 31), SEASON);
            default -> new Resolved(LocalDate.of(year, 12, 31), SEASON);
        };
    }

    private static Resolved year(Matcher m) {
        int year = fullYear(m.group("y"));
        return year < 0 ? null : new Resolved(LocalDate.of(year, 12, 31), YEAR);
    }

    /** The first year of a financial year, or -1 when its halves are not consecutive ("2010/12"). */
    private static int financialStartYear(Matcher m) {
        int first = fullYear(m.group("fy1"));
        String second = m.group("fy2");
        if (first < 0) {
            return -1;
        }
        boolean consecutive = second.length() == 2
                ? Integer.parseInt(second) == (first + 1) % 100
                : Integer.parseInt(second) == first + 1;
        return consecutive ? first : -1;
    }

    /** A four-digit year of a plausible plan, or -1: two digits would be a guess at the century. */
    private static int fullYear(String digits) {
        if (digits.length() != 4) {
            return -1;
        }
        int year = Integer.parseInt(digits);
        return year >= 1900 && year <= 2199 ? year : -1;
    }

    private record Resolved(LocalDate due, TimescalePrecision precision) {
    }

    @FunctionalInterface
    private interface Resolver {
        /** The end of the span, or null when the shape matched but names no real date. */
        Resolved resolve(Matcher m);
    }

    private record Shape(Pattern pattern, Resolver resolver) {
        Shape(String regex, Resolver resolver) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolver);
        }
    }
}
