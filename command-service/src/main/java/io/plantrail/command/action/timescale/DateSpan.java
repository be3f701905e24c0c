package io.plantrail.command.action.timescale;

import io.plantrail.events.TimescalePrecision;

import java.time.LocalDate;

/**
 * A run of text shaped like a date, [start, end) in the timescale's words. A shape that does not resolve
 * ("31 Feb 2010", "Q5 2010/11", "Nov 09") is kept as a broken span so that the whole timescale is refused
 * rather than read from what is left around it.
 */
record DateSpan(int start, int end, LocalDate due, TimescalePrecision precision) {

    static DateSpan broken(int start, int end) {
        return new DateSpan(start, end, null, TimescalePrecision.UNREADABLE);
    }

    boolean readable() {
        return due != null;
    }
}
