package io.plantrail.command.action.timescale;

import io.plantrail.events.Milestone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shares the words between several dates. Words after a date belong to it when they open with a dash,
 * colon or bracket ("Jan 2010 – Interim"), up to the next comma or semicolon; all other words belong
 * to the date that follows them ("Interim: Jan 2010").
 */
final class MilestoneLabels {

    private static final String LABEL_INTRODUCERS = "-:(";
    private static final String LABEL_ENDS = ",;\n";
    private static final String TRIMMED = " \t\r\n-:;,.()[]&'\"";
    private static final Set<String> CONNECTORS =
            Set.of("and", "then", "by", "from", "until", "till", "to", "in", "before");

    private MilestoneLabels() {
    }

    /**
     * @param words the timescale as written, whose wording the labels keep
     * @param plain the same text with dashes unified, index for index, which the spans refer to
     */
    static List<Milestone> label(String words, String plain, List<DateSpan> spans) {
        int n = spans.size();
        int[] afterEnd = new int[n];
        int[] beforeStart = new int[n];
        beforeStart[0] = 0;
        for (int i = 1; i < n; i++) {
            int gapStart = spans.get(i - 1).end();
            int gapEnd = spans.get(i).start();
            int split = gapStart;
            int first = skipSpaces(plain, gapStart, gapEnd);
            if (first < gapEnd && LABEL_INTRODUCERS.indexOf(plain.charAt(first)) >= 0) {
                split = first + 1;
                while (split < gapEnd && LABEL_ENDS.indexOf(plain.charAt(split)) < 0) {
                    split++;
                }
            }
            afterEnd[i - 1] = split;
            beforeStart[i] = split;
        }
        afterEnd[n - 1] = plain.length();

        List<Milestone> milestones = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            DateSpan span = spans.get(i);
            String label = (clean(words, plain, beforeStart[i], span.start()) + " "
                    + clean(words, plain, span.end(), afterEnd[i])).strip();
            if (label.isEmpty()) {
                label = collapse(words.substring(span.start(), span.end()));
            }
            milestones.add(new Milestone(label, span.due(), span.precision()));
        }
        return milestones;
    }

    private static int skipSpaces(String text, int from, int to) {
        int at = from;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Words of [from, to) without edge punctuation or linking words such as "and" and "by". */
    private static String clean(String words, String plain, int from, int to) {
        int start = from;
        int end = to;
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (start < end && TRIMMED.indexOf(plain.charAt(start)) >= 0) {
                start++;
                changed = true;
            }
            while (end > start && TRIMMED.indexOf(plain.charAt(end - 1)) >= 0) {
                end--;
                changed = true;
            }
            int firstWordEnd = wordEnd(plain, start, end);
            if (firstWordEnd > start && isConnector(plain, start, firstWordEnd)) {
                start = firstWordEnd;
                changed = true;
            }
            int lastWordStart = wordStart(plain, start, end);
            if (lastWordStart < end && isConnector(plain, lastWordStart, end)) {
                end = lastWordStart;
                changed = true;
            }
        }
        return start < end ? collapse(words.substring(start, end)) : "";
    }

    private static int wordEnd(String text, int from, int to) {
        int at = from;
        while (at < to && Character.isLetter(text.charAt(at))) {
            at++;
        }
        return at < to && !Character.isWhitespace(text.charAt(at)) ? from : at;
    }

    private static int wordStart(String text, int from, int to) {
        int at = to;
        while (at > from && Character.isLetter(text.charAt(at - 1))) {
            at--;
        }
        return at > from && !Character.isWhitespace(text.charAt(at - 1)) ? to : at;
    }

    private static boolean isConnector(String text, int from, int to) {
        return CONNECTORS.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
