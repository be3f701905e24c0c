package io.plantrail.events;

/** Which way a measure should move, as a scorecard's "Increase ...", "Maintain ...", "Reduce ..." says. */
public enum MeasureDirection {
    INCREASE, MAINTAIN, REDUCE
}
