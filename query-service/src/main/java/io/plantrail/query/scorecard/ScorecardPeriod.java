package io.plantrail.query.scorecard;

import io.plantrail.query.web.InvalidParameter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A financial quarter, {@code 2011/12 Q2}: the April-March year and its quarter, Q1 April-June ... Q4 January-March. */
record ScorecardPeriod(int firstYear, int quarter) {

    private static final Pattern QUARTER = Pattern.compile("\\s*(\\d{4})/(\\d{2})\\s*Q([1-4])\\s*",
            Pattern.CASE_INSENSITIVE);

    static ScorecardPeriod parse(String parameter, String text) {
        Matcher m = text == null ? null : QUARTER.matcher(text);
        if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new InvalidParameter(parameter, "must be a financial quarter such as 2011/12 Q2");
        }
        return new ScorecardPeriod(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
    }

    String year() {
        return firstYear + "/" + String.format("%02d", (firstYear + 1) % 100);
    }

    /** The spelling events carry. */
    @Override
    public String toString() {
        return year() + " Q" + quarter;
    }

    /** Q1 to Q4 of the same financial year. */
    List<ScorecardPeriod> quartersOfTheYear() {
        return List.of(new ScorecardPeriod(firstYear, 1), new ScorecardPeriod(firstYear, 2),
                new ScorecardPeriod(firstYear, 3), new ScorecardPeriod(firstYear, 4));
    }

    ScorecardPeriod previous() {
        return quarter == 1 ? new ScorecardPeriod(firstYear - 1, 4) : new ScorecardPeriod(firstYear, quarter - 1);
    }

    boolean isAfter(ScorecardPeriod other) {
        return firstYear != other.firstYear ? firstYear > other.firstYear : quarter > other.quarter;
    }

    String label() {
        return "Q" + quarter;
    }
}
