package io.plantrail.command.measure;

import io.plantrail.command.lookup.ActionFacts;
import io.plantrail.command.lookup.ActionNotInPlan;
import io.plantrail.command.lookup.PlanFacts;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.command.web.NotFound;
import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureUnit;
import io.plantrail.events.MeasureValueStatus;
import io.plantrail.events.PlanId;
import io.plantrail.events.measure.MeasureDefined;
import io.plantrail.events.measure.MeasureTargetSet;
import io.plantrail.events.measure.MeasureValueRecorded;
import io.plantrail.events.measure.MeasureValueRevised;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A supporting measure of a plan: its targets and, per reporting period, a value that moves from pending to
 * provisional to final and may be revised for a reason. Every step is its own event, so none is ever lost.
 */
@Aggregate
class Measure {

    /** Where a period's value stands; {@code value} is null while pending. */
    private record PeriodValue(MeasureValueStatus status, Reading value, String expected, String note) {
    }

    @AggregateIdentifier
    private MeasureId id;
    private PlanId planId;
    private MeasureUnit unit;
    private final Map<String, Reading> targets = new HashMap<>();
    private final Map<String, PeriodValue> values = new HashMap<>();

    protected Measure() {
        // Axon rebuilds the aggregate from its events through this
    }

    @CommandHandler
    Measure(DefineMeasure cmd, PlanFacts plans, ActionFacts actions) {
        plans.statusOf(cmd.planId()).orElseThrow(() -> new NotFound("plan", cmd.planId()));
        if (cmd.aim() != null && !plans.hasAim(cmd.planId(), cmd.aim())) {
            throw new MeasureAimUnknown(cmd.aim());
        }
        if (cmd.actionId() != null) {
            PlanId actionPlan = actions.planOf(cmd.actionId()).orElseThrow(() -> new NotFound("action", cmd.actionId()));
            if (!actionPlan.equals(cmd.planId())) {
                throw new ActionNotInPlan(cmd.actionId());
            }
        }
        if (cmd.tolerance() != null && cmd.unit() == MeasureUnit.RAG) {
            throw new InvalidInput("tolerance", "a measure rated Red/Amber/Green has no numeric tolerance");
        }
        apply(new MeasureDefined(cmd.measureId(), cmd.planId(), cmd.name(), cmd.direction(), cmd.unit(),
                cmd.tolerance(), cmd.aim(), cmd.actionId()));
    }

    @CommandHandler
    void handle(SetMeasureTarget cmd) {
        MeasureValues.check(unit, "value", cmd.target());
        Reading current = targets.get(cmd.period());
        if (cmd.target().sameAs(current)) {
            throw new SameTarget(cmd.period());
        }
        if (current != null && cmd.reason() == null) {
            throw new InvalidInput("reason", "required to replace the target " + current + " already set for "
                    + cmd.period());
        }
        apply(new MeasureTargetSet(id, planId, cmd.period(), cmd.target().number(), cmd.target().rag(),
                current == null ? null : current.number(), current == null ? null : current.rag(),
                current == null ? null : cmd.reason()));
    }

    /**
     * A period moves forward only: nothing or pending to any step, provisional to final with the same value. Any
     * other change to a value already reported is a revision, which needs a reason.
     */
    @CommandHandler
    void handle(RecordMeasureValue cmd) {
        MeasureValues.checkStep(unit, cmd.status(), cmd.value(), cmd.expected());
        PeriodValue current = values.get(cmd.period());
        if (current != null && current.status() != MeasureValueStatus.PENDING) {
            if (cmd.status() == MeasureValueStatus.PENDING) {
                throw new ValueAlreadyAvailable(cmd.period());
            }
            boolean sameValue = cmd.value().sameAs(current.value());
            if (sameValue && cmd.status() == current.status()) {
                throw new SameMeasureValue(cmd.period());
            }
            boolean confirmsProvisional = sameValue && current.status() == MeasureValueStatus.PROVISIONAL
                    && cmd.status() == MeasureValueStatus.FINAL;
            if (!confirmsProvisional) {
                throw new InvalidInput("reason", "required to revise the " + current.status().name().toLowerCase()
                        + " value " + current.value() + " already reported for " + cmd.period());
            }
        }
        if (current != null && current.status() == MeasureValueStatus.PENDING && cmd.status() == MeasureValueStatus.PENDING
                && cmd.expected().equals(current.expected())) {
            throw new SameMeasureValue(cmd.period());
        }
        apply(new MeasureValueRecorded(id, planId, cmd.period(), cmd.status(),
                cmd.value() == null ? null : cmd.value().number(), cmd.value() == null ? null : cmd.value().rag(),
                cmd.expected(), cmd.note()));
    }

    @CommandHandler
    void handle(ReviseMeasureValue cmd) {
        if (cmd.status() != MeasureValueStatus.PROVISIONAL && cmd.status() != MeasureValueStatus.FINAL) {
            throw new InvalidInput("status", "a revised value is PROVISIONAL or FINAL");
        }
        MeasureValues.checkStep(unit, cmd.status(), cmd.value(), null);
        PeriodValue current = values.get(cmd.period());
        if (current == null || current.value() == null) {
            throw new NoMeasureValue(cmd.period());
        }
        if (cmd.value().sameAs(current.value()) && cmd.status() == current.status()) {
            throw new SameMeasureValue(cmd.period());
        }
        apply(new MeasureValueRevised(id, planId, cmd.period(), current.value().number(), current.value().rag(),
                cmd.value().number(), cmd.value().rag(), cmd.status(), cmd.note(), cmd.reason()));
    }

    @EventSourcingHandler
    void on(MeasureDefined e) {
        id = e.measureId();
        planId = e.planId();
        unit = e.unit();
    }

    @EventSourcingHandler
    void on(MeasureTargetSet e) {
        targets.put(e.period(), Reading.of(e.value(), e.rag()));
    }

    @EventSourcingHandler
    void on(MeasureValueRecorded e) {
        values.put(e.period(), new PeriodValue(e.status(), Reading.of(e.value(), e.rag()), e.expected(), e.note()));
    }

    @EventSourcingHandler
    void on(MeasureValueRevised e) {
        values.put(e.period(), new PeriodValue(e.status(), Reading.of(e.value(), e.rag()), null, e.note()));
    }
}
