package io.plantrail.events;

/**
 * Where a period's value stands: {@code PENDING} (not yet available, with when it is expected), {@code PROVISIONAL},
 * {@code FINAL}. {@code REVISED} is never recorded: read models show it for a value changed by a revision.
 */
public enum MeasureValueStatus {
    PENDING, PROVISIONAL, FINAL, REVISED
}
