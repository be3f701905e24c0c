package io.plantrail.command.action.timescale;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date fragments left over once the readable dates are taken out. Any of them means the writer gave a
 * date the parser could not take whole ("early December", "Q3 2010", "Smarch 2010", "Nov 09"), so
 * reading only the rest would be a guess.
 */
final class StrayDateWords {

    /** Stands in for each date span, so that what lies next to a date can be seen. */
    static final char SPAN = '\u00a7';

    private static final List<Pattern> FRAGMENTS = List.of(
            // A quarter without a financial year: calendar or financial is anyone's guess.
            Pattern.compile("\\b(?:quarter|qtr|q)\\s*\\d", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\d\\s*(?:<sup>\\s*)?(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE),
            // Three or more digits are never a day or a label number; a mangled year, most likely.
            Pattern.compile("\\d{3,}"),
            // A number against a date ("123 Jan 2010", "2010 - 11") is part of it that did not fit.
            Pattern.compile("\\d\\s*[-/]?\\s*" + SPAN + "|" + SPAN + "\\s*[-/]?\\s*\\d"),
            Pattern.compile("\\b(?:early|mid|middle|late)\\b[\\s-]*(?:(?:in|of|the)\\s+)*" + SPAN,
                    Pattern.CASE_INSENSITIVE));

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private StrayDateWords() {
    }

    /** {@code masked} is the timescale with each date span replaced by {@link #SPAN}. */
    static boolean present(String masked) {
        for (Pattern fragment : FRAGMENTS) {
            if (fragment.matcher(masked).find()) {
                return true;
            }
        }
        Matcher words = WORD.matcher(masked);
        while (words.find()) {
            String word = words.group();
            if (DateWords.month(word) > 0 || DateWords.isSeason(word) || DateWords.resemblesDateWord(word)) {
                return true;
            }
        }
        return false;
    }

    static String mask(String text, List<DateSpan> spans) {
        StringBuilder masked = new StringBuilder();
        int at = 0;
        for (DateSpan span : spans) {
            masked.append(text, at, span.start()).append(SPAN);
            at = span.end();
        }
        return masked.append(text.substring(at)).toString();
    }
}
