package io.plantrail.query.planstatus;

import io.plantrail.events.Lead;
import io.plantrail.events.Rag;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.action.LeadChanged;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanActivated;
import io.plantrail.events.plan.PlanClosed;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed in a plan between two instants, read from its events: actions added, closed, reopened, re-rated,
 * re-led and rescheduled, and the plan's own activation or closure. Events before {@code from} are read too,
 * only to know each action's ref and its rating before the window.
 */
record PlanChanges(Instant from,
                   Instant to,
                   List<Change> plan,
                   List<Change> added,
                   List<Change> closed,
                   List<Change> reopened,
                   List<Change> reRated,
                   List<Change> reLed,
                   List<Change> rescheduled) {

    /** One change: which action (null for the plan itself), when and by whom, what it was before and after. */
    record Change(String actionId, String ref, Instant recorded, String actor, Object before, Object after,
                  String reason) {
    }

    static PlanChanges between(Instant from, Instant to, List<DomainEventMessage<?>> events) {
        Builder changes = new Builder(from, to);
        events.forEach(changes::apply);
        return changes.build();
    }

    private static final class Builder {

        private final Instant from;
        private final Instant to;
        private final Map<String, String> refs = new HashMap<>();
        private final Map<String, Rag> ratings = new HashMap<>();
        private final List<Change> plan = new ArrayList<>();
        private final List<Change> added = new ArrayList<>();
        private final List<Change> closed = new ArrayList<>();
        private final List<Change> reopened = new ArrayList<>();
        private final List<Change> reRated = new ArrayList<>();
        private final List<Change> reLed = new ArrayList<>();
        private final List<Change> rescheduled = new ArrayList<>();

        Builder(Instant from, Instant to) {
            this.from = from;
            this.to = to;
        }

        void apply(DomainEventMessage<?> event) {
            boolean inWindow = event.getTimestamp().isAfter(from) && !event.getTimestamp().isAfter(to);
            String id = event.getAggregateIdentifier();
            Object payload = event.getPayload();
            if (payload instanceof ActionAdded e) {
                refs.put(id, e.ref());
                note(inWindow, added, event, null, e.title(), null);
            } else if (payload instanceof ProgressRecorded e && e.rag() != null) {
                Rag before = ratings.put(id, e.rag());
                if (!Objects.equals(before, e.rag())) {
                    note(inWindow, reRated, event, before, e.rag(), null);
                }
            } else if (payload instanceof LeadChanged e) {
                note(inWindow, reLed, event, names(e.previousLeads()), names(e.leads()), e.reason());
            } else if (payload instanceof ActionRescheduled e) {
                note(inWindow, rescheduled, event, due(e.previousTimescale().due(), e.previousTimescale().text()),
                        due(e.timescale().due(), e.timescale().text()), e.reason());
            } else if (payload instanceof ActionClosed e) {
                note(inWindow, closed, event, "OPEN", e.outcome() + " on " + e.closedOn(), e.note());
            } else if (payload instanceof ActionReopened e) {
                note(inWindow, reopened, event, "CLOSED", "OPEN", e.reason());
            } else if (payload instanceof PlanActivated) {
                note(inWindow, plan, event, "DRAFT", "ACTIVE", null);
            } else if (payload instanceof PlanClosed e) {
                note(inWindow, plan, event, null, "CLOSED", e.reason());
            }
        }

        private void note(boolean inWindow, List<Change> list, DomainEventMessage<?> event, Object before,
                          Object after, String reason) {
            if (inWindow) {
                String id = event.getAggregateIdentifier();
                boolean ofAction = refs.containsKey(id);
                list.add(new Change(ofAction ? id : null, refs.get(id), event.getTimestamp(),
                        (String) event.getMetaData().get("actor"), before, after, reason));
            }
        }

        private static List<String> names(List<Lead> leads) {
            return leads.stream().map(Lead::name).toList();
        }

        private static String due(LocalDate due, String text) {
            return due == null ? text : due + " (" + text + ")";
        }

        PlanChanges build() {
            return new PlanChanges(from, to, plan, added, closed, reopened, reRated, reLed, rescheduled);
        }
    }
}
