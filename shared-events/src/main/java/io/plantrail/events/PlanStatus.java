package io.plantrail.events;

/** A plan only moves forward: DRAFT, then ACTIVE, then CLOSED. */
public enum PlanStatus {
    DRAFT, ACTIVE, CLOSED
}
