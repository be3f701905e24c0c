package io.plantrail.events;

/** How an action ended: the work was done, other work replaced it, or the plan stopped pursuing it. */
public enum ClosureOutcome {
    COMPLETED, SUPERSEDED, DROPPED
}
