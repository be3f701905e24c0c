package io.plantrail.command.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the aggregate version a client expects from {@code If-Match: "<version>"}. */
public final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private IfMatch() {
    }

    /** The expected version, or null when the client sent no If-Match and accepts whatever is current. */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher matcher = VERSION.matcher(header.trim());
        if (!matcher.matches()) {
            throw new InvalidInput("If-Match", "If-Match must be the version a command answered, such as \"3\".");
        }
        return Long.parseLong(matcher.group(1));
    }
}
