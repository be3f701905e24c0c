package io.plantrail.query.audit;

import io.plantrail.events.Rag;
import io.plantrail.events.measure.MeasureDefined;
import io.plantrail.events.measure.MeasureEvent;
import io.plantrail.events.measure.MeasureTargetSet;
import io.plantrail.events.measure.MeasureValueRecorded;
import io.plantrail.events.measure.MeasureValueRevised;

import java.math.BigDecimal;

/**
 * Says what each measure event changed. Targets and revisions carry their own "before"; a recorded step is compared
 * with the step before it for the same period, which the audit log keeps. Fields name their period:
 * {@code value[2011/12 Q2]}.
 */
final class MeasureAudit {

    private MeasureAudit() {
    }

    /** {@code before} is the state of the event's period, {@link MeasureValueState#NONE} for a definition or target. */
    static Audited<MeasureValueState> describe(MeasureEvent event, MeasureValueState before) {
        if (event instanceof MeasureDefined e) {
            return new Audited<>(null, new Changes()
                    .field("name", null, e.name())
                    .field("direction", null, e.direction())
                    .field("unit", null, e.unit())
                    .field("tolerance", null, e.tolerance())
                    .field("aim", null, e.aim())
                    .field("action", null, e.actionId() == null ? null : e.actionId().value())
                    .list(), before);
        }
        if (event instanceof MeasureTargetSet e) {
            return new Audited<>(e.reason(), new Changes()
                    .field("target[" + e.period() + "]", shown(e.previousValue(), e.previousRag()),
                            shown(e.value(), e.rag()))
                    .list(), before);
        }
        if (event instanceof MeasureValueRecorded e) {
            MeasureValueState after = new MeasureValueState(e.status().name(), e.value(), name(e.rag()), e.expected(),
                    e.note());
            return new Audited<>(null, after.changesSince(before, e.period(), new Changes()).list(), after);
        }
        if (event instanceof MeasureValueRevised e) {
            MeasureValueState after = new MeasureValueState(e.status().name(), e.value(), name(e.rag()), null, e.note());
            // The value replaced is the one the event names, whatever the log remembers.
            MeasureValueState replaced = new MeasureValueState(before.status(), e.previousValue(), name(e.previousRag()),
                    before.expected(), before.note());
            return new Audited<>(e.reason(), after.changesSince(replaced, e.period(), new Changes()).list(), after);
        }
        // Reached only by a new event type nobody taught the audit log: stop rather than leave a hole in it.
        throw new IllegalStateException("The audit log cannot describe " + event.getClass().getName());
    }

    /** The period whose state an event reads and writes; null for events of the whole measure. */
    static String period(MeasureEvent event) {
        if (event instanceof MeasureValueRecorded e) {
            return e.period();
        }
        if (event instanceof MeasureValueRevised e) {
            return e.period();
        }
        return null;
    }

    private static Object shown(BigDecimal value, Rag rag) {
        return rag != null ? rag.name() : value;
    }

    private static String name(Rag rag) {
        return rag == null ? null : rag.name();
    }
}
