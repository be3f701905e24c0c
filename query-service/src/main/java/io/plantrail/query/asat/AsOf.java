package io.plantrail.query.asat;

import io.plantrail.query.web.InvalidParameter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The instant an as-at question is asked for: an ISO instant ({@code 2010-03-01T09:30:00Z}), or a date, which
 * means the end of that day in UTC, so "as at 1 March" includes everything recorded on 1 March.
 */
public final class AsOf {

    public static final String PARAMETER = "asOf";

    private AsOf() {
    }

    public static Instant parse(String raw) {
        String value = raw.trim();
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(PARAMETER, "must be an instant such as 2010-03-01T09:30:00Z or a date such as "
                    + "2010-03-01 (the end of that day, UTC)");
        }
    }

    /** The day an as-at answer counts days overdue from: the day of the instant, in UTC. */
    public static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
