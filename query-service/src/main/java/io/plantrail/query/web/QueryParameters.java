package io.plantrail.query.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads optional query parameters taken as plain strings. Spring's own conversion would turn a malformed value
 * into a type mismatch, which this service answers as 404 because path ids are UUIDs; a bad query parameter is
 * the client's input and must be a 400 that names it.
 */
public final class QueryParameters {

    /** About a century: enough for any plan, and far from the range where date arithmetic overflows. */
    static final int MAX_DAYS = 36_600;

    private QueryParameters() {
    }

    /** The id, or null when the parameter is absent. */
    public static UUID id(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(name, "must be an id (a UUID)");
        }
    }

    /** The date, or {@code fallback} when the parameter is absent. */
    public static LocalDate date(String name, String raw, LocalDate fallback) {
        if (raw == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, "must be a date written YYYY-MM-DD");
        }
    }

    /** A number of days from 0 to about a century, or null when the parameter is absent. */
    public static Integer days(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            int days = Integer.parseInt(raw.trim());
            if (days >= 0 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as a number out of range
        }
        throw new InvalidParameter(name, "must be a whole number of days from 0 to " + MAX_DAYS);
    }

    /** The text, trimmed, or null when the parameter is absent; present but blank is refused. */
    public static String text(String name, String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.isBlank()) {
            throw new InvalidParameter(name, "must not be blank; leave it out to mean any");
        }
        return raw.trim();
    }
}
