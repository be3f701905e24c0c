package io.plantrail.command.action;

import io.plantrail.command.web.InvalidInput;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial quarter as councils write it, {@code 2011/12 Q2}: the April-March year and the quarter
 * (Q1 April-June ... Q4 January-March).
 */
public final class ReportingPeriod {

    private static final Pattern QUARTER = Pattern.compile("\\s*(\\d{4})/(\\d{2})\\s*(Q[1-4])\\s*",
            Pattern.CASE_INSENSITIVE);

    private ReportingPeriod() {
    }

    /** The canonical spelling, or null for no period; refuses a year pair that does not follow on. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = QUARTER.matcher(text);
        if (!m.matches()) {
            throw new InvalidInput("period", "must be a financial quarter such as 2011/12 Q2");
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if ((first + 1) % 100 != second) {
            throw new InvalidInput("period", "the second year of " + text.strip() + " must follow the first");
        }
        return m.group(1) + "/" + m.group(2) + " " + m.group(3).toUpperCase();
    }
}
