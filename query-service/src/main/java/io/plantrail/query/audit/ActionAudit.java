package io.plantrail.query.audit;

import io.plantrail.events.EvidenceSubject;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionEvent;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.action.EvidenceAttached;
import io.plantrail.events.action.LeadChanged;
import io.plantrail.events.action.ProgressRecorded;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Says what each action event changed. Lead changes and reschedules carry their own "before", which is taken at its
 * word; everything else is compared with the state the audit log kept from the action's earlier events.
 */
final class ActionAudit {

    /** What an attached document adds to the action. */
    record Evidence(UUID evidenceId, String title, String location, String sha256, LocalDate describes,
                    EvidenceSubject subject, Long subjectSequence) {
    }

    private ActionAudit() {
    }

    static Audited<ActionState> describe(ActionEvent event, ActionState before) {
        if (event instanceof ActionAdded e) {
            return added(e);
        }
        if (event instanceof ProgressRecorded e) {
            // A narrative-only update keeps the last rating given, as the plan status does.
            String rag = e.rag() == null ? before.rag() : e.rag().name();
            return stateChange(null, before, new ActionState(before.status(), before.outcome(), before.closedOn(),
                    e.narrative(), rag, e.asOf(), e.period()));
        }
        if (event instanceof LeadChanged e) {
            return new Audited<>(e.reason(), new Changes().field("leads", e.previousLeads(), e.leads()).list(), before);
        }
        if (event instanceof ActionRescheduled e) {
            return new Audited<>(e.reason(),
                    new Changes().field("timescale", e.previousTimescale(), e.timescale()).list(), before);
        }
        if (event instanceof ActionClosed e) {
            return stateChange(e.note(), before, new ActionState("CLOSED", e.outcome().name(), e.closedOn(),
                    before.narrative(), before.rag(), before.asOf(), before.period()));
        }
        if (event instanceof ActionReopened e) {
            return stateChange(e.reason(), before, new ActionState("OPEN", null, null,
                    before.narrative(), before.rag(), before.asOf(), before.period()));
        }
        if (event instanceof EvidenceAttached e) {
            Evidence evidence = new Evidence(e.evidenceId(), e.title(), e.location(), e.sha256(), e.describes(),
                    e.subject(), e.subjectSequence());
            return new Audited<>(null, new Changes().field("evidence", null, evidence).list(), before);
        }
        // Reached only by a new event type nobody taught the audit log: stop rather than leave a hole in it.
        throw new IllegalStateException("The audit log cannot describe " + event.getClass().getName());
    }

    private static Audited<ActionState> added(ActionAdded e) {
        ActionState after = new ActionState("OPEN", null, null, null, null, null, null);
        Changes changes = new Changes()
                .field("ref", null, e.ref())
                .field("aim", null, e.aim())
                .field("title", null, e.title())
                .field("leads", null, e.leads())
                .field("timescale", null, e.timescale());
        return new Audited<>(null, after.changesSince(ActionState.NONE, changes).list(), after);
    }

    private static Audited<ActionState> stateChange(String reason, ActionState before, ActionState after) {
        return new Audited<>(reason, after.changesSince(before, new Changes()).list(), after);
    }
}
