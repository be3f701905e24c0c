package io.plantrail.query.audit;

import io.plantrail.query.web.InvalidParameter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Reads an instant or a date from a query string; a date stands for that whole day, UTC. */
final class TimeParameter {

    private TimeParameter() {
    }

    /** The first instant the parameter allows: a date's midnight. */
    static Instant start(String name, String raw) {
        return parse(name, raw, false);
    }

    /**
     * The last instant the parameter allows: for a date, the last microsecond of that day, which is the finest time
     * PostgreSQL records, so {@code recorded <= end} takes in the whole day and nothing of the next.
     */
    static Instant end(String name, String raw) {
        return parse(name, raw, true);
    }

    private static Instant parse(String name, String raw, boolean endOfDay) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minus(1, ChronoUnit.MICROS)
                        : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name,
                    "must be an ISO instant such as 2010-03-01T09:30:00Z or a date such as 2010-03-01");
        }
    }
}
