package io.plantrail.command.imports;

import io.plantrail.command.web.InvalidInput;
import io.plantrail.events.ActionId;
import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureValueStatus;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Rag;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.measure.MeasureDefined;
import io.plantrail.events.measure.MeasureTargetSet;
import io.plantrail.events.measure.MeasureValueRecorded;
import io.plantrail.events.measure.MeasureValueRevised;
import io.plantrail.events.plan.PlanActivated;
import io.plantrail.events.plan.PlanClosed;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the store already holds of a plan and of the actions an import names, read from their own events, so a
 * second run (or a retry after a run that stopped half-way) sends only what is missing.
 */
@Component
class ExistingState {

    private final EventStore events;
    private final JdbcClient db;

    ExistingState(EventStore events, JdbcClient db) {
        this.events = events;
        this.db = db;
    }

    record PlanState(PlanCreated created, PlanStatus status, Map<Integer, String> aims) {

        boolean closed() {
            return status == PlanStatus.CLOSED;
        }
    }

    /** {@code updates}: every progress update as {@code period|rag|narrative}, to tell a quarter's update again. */
    record ActionState(ActionAdded added, boolean closed, Set<String> narratives, Set<String> updates) {

        static String update(String period, Rag rag, String narrative) {
            return period + "|" + rag + "|" + narrative;
        }
    }

    /** Where a measure's period stands: the last step, its value (null while pending) and when it is expected. */
    record PeriodValue(MeasureValueStatus status, BigDecimal number, Rag rag, String expected, String note) {
    }

    record MeasureState(MeasureDefined defined, Map<String, MeasureTargetSet> targets,
                        Map<String, PeriodValue> values) {
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
        Set<String> updates = new HashSet<>();
        for (DomainEventMessage<?> event : stream) {
            Object payload = event.getPayload();
            if (payload instanceof ProgressRecorded progress) {
                narratives.add(progress.narrative());
                updates.add(ActionState.update(progress.period(), progress.rag(), progress.narrative()));
            } else if (payload instanceof ActionClosed) {
                closed = true;
            } else if (payload instanceof ActionReopened) {
                closed = false;
            }
        }
        return Optional.of(new ActionState(added, closed, narratives, updates));
    }

    /**
     * The plan's actions by ref, from the lookup the command side keeps of its own events, so a scorecard's priority
     * is found also when the plan has it under a ref the import did not choose.
     */
    Map<String, ActionId> actionsOf(PlanId plan) {
        Map<String, ActionId> actions = new LinkedHashMap<>();
        db.sql("select ref, action_id from action_lookup where plan_id = ? order by ref")
                .param(plan.value())
                .query((rs, n) -> Map.entry(rs.getString("ref"), new ActionId(rs.getObject("action_id", UUID.class))))
                .list()
                .forEach(entry -> actions.put(entry.getKey(), entry.getValue()));
        return actions;
    }

    Optional<MeasureState> measure(MeasureId measure) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(measure.toString()).asStream().toList();
        if (stream.isEmpty() || !(stream.get(0).getPayload() instanceof MeasureDefined defined)) {
            return Optional.empty();
        }
        Map<String, MeasureTargetSet> targets = new HashMap<>();
        Map<String, PeriodValue> values = new HashMap<>();
        for (DomainEventMessage<?> event : stream) {
            Object payload = event.getPayload();
            if (payload instanceof MeasureTargetSet target) {
                targets.put(target.period(), target);
            } else if (payload instanceof MeasureValueRecorded value) {
                values.put(value.period(), new PeriodValue(value.status(), value.value(), value.rag(),
                        value.expected(), value.note()));
            } else if (payload instanceof MeasureValueRevised revised) {
                values.put(revised.period(), new PeriodValue(revised.status(), revised.value(), revised.rag(), null,
                        revised.note()));
            }
        }
        return Optional.of(new MeasureState(defined, targets, values));
    }
}
