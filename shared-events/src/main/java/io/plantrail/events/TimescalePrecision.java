package io.plantrail.events;

/**
 * How precisely a timescale names its due date. The last three mean there is no due date at all:
 * the words say the work is continuous, still to be confirmed, or could not be read.
 */
public enum TimescalePrecision {
    DAY,
    MONTH,
    QUARTER,
    /** A season or a part of a year: "Summer 2010", "early 2010". */
    SEASON,
    YEAR,
    FINANCIAL_YEAR,
    ONGOING,
    TBC,
    UNREADABLE;

    public boolean hasDueDate() {
        return this != ONGOING && this != TBC && this != UNREADABLE;
    }
}
