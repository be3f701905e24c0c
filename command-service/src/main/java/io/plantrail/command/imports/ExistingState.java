package io.plantrail.command.imports;

import io.plantrail.command.web.InvalidInput;
import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanActivated;
import io.plantrail.events.plan.PlanClosed;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the store already holds of a plan and of the actions an import names, read from their own events, so a
 * second run (or a retry after a run that stopped half-way) sends only what is missing.
 */
@Component
class ExistingState {

    private final EventStore events;

    ExistingState(EventStore events) {
        this.events = events;
    }

    record PlanState(PlanCreated created, PlanStatus status, Map<Integer, String> aims) {

        boolean closed() {
            return status == PlanStatus.CLOSED;
        }
    }

    record ActionState(ActionAdded added, boolean closed, Set<String> narratives) {
    }

    Optional<PlanState> plan(PlanId plan) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(plan.toString()).asStream().toList();
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        if (!(stream.get(0).getPayload() instanceof PlanCreated created)) {
            throw new InvalidInput("planId", "names something that is not a plan");
        }
        PlanStatus status = created.status();
        Map<Integer, String> aims = new HashMap<>();
        for (DomainEventMessage<?> event : stream) {
            if (event.getPayload() instanceof StrategicAimAdded aim) {
                aims.put(aim.number(), aim.title());
            } else if (event.getPayload() instanceof PlanActivated) {
                status = PlanStatus.ACTIVE;
            } else if (event.getPayload() instanceof PlanClosed) {
                status = PlanStatus.CLOSED;
            }
        }
        return Optional.of(new PlanState(created, status, aims));
    }

    Optional<ActionState> action(ActionId action) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(action.toString()).asStream().toList();
        if (stream.isEmpty() || !(stream.get(0).getPayload() instanceof ActionAdded added)) {
            return Optional.empty();
        }
        boolean closed = false;
        Set<String> narratives = new HashSet<>();
        for (DomainEventMessage<?> event : stream) {
            Object payload = event.getPayload();
            if (payload instanceof ProgressRecorded progress) {
                narratives.add(progress.narrative());
            } else if (payload instanceof ActionClosed) {
                closed = true;
            } else if (payload instanceof ActionReopened) {
                closed = false;
            }
        }
        return Optional.of(new ActionState(added, closed, narratives));
    }
}
