package io.plantrail.command.action.timescale;

import io.plantrail.events.Milestone;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Timescale" or "Completion Date" words of an action plan into a due date at the end of the
 * span they name, with its precision. The words are always kept; what cannot be read with confidence is
 * marked {@link TimescalePrecision#UNREADABLE} and never guessed, because an overdue report built on a
 * guessed date would mislead the board that reads it.
 */
public final class TimescaleParser {

    private static final Pattern ONGOING = Pattern.compile("\\bon[\\s-]*going\\b|\\bcontinuous\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_BE_CONFIRMED = Pattern.compile(
            "\\bt\\.?b\\.?[cad]\\b|\\bto\\s+be\\s+(?:confirmed|agreed|arranged|announced|decided|determined)\\b",
            Pattern.CASE_INSENSITIVE);

    private TimescaleParser() {
    }

    /** A null or blank timescale is an empty cell in the plan, which says no more than "TBC". */
    public static Timescale parse(String text) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            return new Timescale(words, null, TimescalePrecision.TBC, List.of());
        }
        String plain = unifyDashes(words);
        List<DateSpan> spans = DateSpans.find(plain);
        boolean anyBroken = spans.stream().anyMatch(span -> !span.readable());
        // A date said to be unconfirmed ("Permanent TBC", "March 2010 (TBC)") is not a due date to report on.
        boolean unconfirmedDate = !spans.isEmpty() && TO_BE_CONFIRMED.matcher(plain).find();
        if (anyBroken || unconfirmedDate || StrayDateWords.present(StrayDateWords.mask(plain, spans))) {
            return noDueDate(words, TimescalePrecision.UNREADABLE);
        }
        if (spans.isEmpty()) {
            return noDueDate(words, withoutDate(plain));
        }
        if (spans.size() == 1) {
            DateSpan only = spans.get(0);
            return new Timescale(words, only.due(), only.precision(), List.of());
        }
        List<Milestone> milestones = MilestoneLabels.label(words, plain, spans);
        Milestone last = milestones.get(lastIndex(milestones));
        return new Timescale(words, last.due(), last.precision(), milestones);
    }

    /** The latest milestone; of two on the same date, the one written later. */
    private static int lastIndex(List<Milestone> milestones) {
        int last = 0;
        for (int i = 1; i < milestones.size(); i++) {
            if (!milestones.get(i).due().isBefore(milestones.get(last).due())) {
                last = i;
            }
        }
        return last;
    }

    /** Whichever of "on-going" and "TBC" the words say first; anything else is unreadable. */
    private static TimescalePrecision withoutDate(String plain) {
        Matcher ongoing = ONGOING.matcher(plain);
        Matcher tbc = TO_BE_CONFIRMED.matcher(plain);
        int ongoingAt = ongoing.find() ? ongoing.start() : Integer.MAX_VALUE;
        int tbcAt = tbc.find() ? tbc.start() : Integer.MAX_VALUE;
        if (ongoingAt == Integer.MAX_VALUE && tbcAt == Integer.MAX_VALUE) {
            return TimescalePrecision.UNREADABLE;
        }
        return ongoingAt < tbcAt ? TimescalePrecision.ONGOING : TimescalePrecision.TBC;
    }

    private static Timescale noDueDate(String words, TimescalePrecision precision) {
        return new Timescale(words, null, precision, List.of());
    }

    /**
     * Word pastes en and em dashes, minus signs and no-break spaces; one character becomes one character
     * so that positions found here still cut the original words.
     */
    private static String unifyDashes(String words) {
        StringBuilder plain = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\ufe58' || c == '\ufe63' || c == '\uff0d') {
                plain.append('-');
            } else if (c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                plain.append(' ');
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
