package io.plantrail.query.audit;

import java.math.BigDecimal;

/** Where a period's value of a measure stands, as the audit log remembers it; {@link #NONE} before its first step. */
record MeasureValueState(String status, BigDecimal value, String rag, String expected, String note) {

    static final MeasureValueState NONE = new MeasureValueState(null, null, null, null, null);

    /** The value as a change shows it: the number, or the colour's name. */
    Object shown() {
        return rag != null ? rag : value;
    }

    /** Adds every field that differs from {@code before}, each named with its period. */
    Changes changesSince(MeasureValueState before, String period, Changes changes) {
        return changes
                .field("status[" + period + "]", before.status, status)
                .field("value[" + period + "]", before.shown(), shown())
                .field("expected[" + period + "]", before.expected, expected)
                .field("note[" + period + "]", before.note, note);
    }
}
