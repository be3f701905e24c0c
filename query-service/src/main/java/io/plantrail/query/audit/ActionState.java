package io.plantrail.query.audit;

import java.time.LocalDate;

/**
 * The part of an action the audit log must remember to say what a later event changed: its events do not carry
 * these "before" values themselves. Enums are kept by name.
 */
record ActionState(String status,
                   String outcome,
                   LocalDate closedOn,
                   String narrative,
                   String rag,
                   LocalDate asOf,
                   String period) {

    /** Before the action was added. */
    static final ActionState NONE = new ActionState(null, null, null, null, null, null, null);

    /** Adds every field that differs from {@code before}, in a fixed order. */
    Changes changesSince(ActionState before, Changes changes) {
        return changes
                .field("status", before.status, status)
                .field("outcome", before.outcome, outcome)
                .field("closedOn", before.closedOn, closedOn)
                .field("narrative", before.narrative, narrative)
                .field("rag", before.rag, rag)
                .field("asOf", before.asOf, asOf)
                .field("period", before.period, period);
    }
}
