package io.plantrail.command.plan;

import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.plan.PlanActivated;
import io.plantrail.events.plan.PlanClosed;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
class Plan {

    @AggregateIdentifier
    private PlanId id;
    private PlanStatus status;
    private final Set<Integer> aims = new HashSet<>();

    protected Plan() {
        // Axon rebuilds the aggregate from its events through this
    }

    @CommandHandler
    Plan(CreatePlan cmd) {
        if (cmd.status() == PlanStatus.CLOSED) {
            throw new PlanCannotStartClosed();
        }
        apply(new PlanCreated(cmd.planId(), cmd.title(), cmd.organisation(), cmd.period(),
                cmd.status() == null ? PlanStatus.DRAFT : cmd.status()));
    }

    @CommandHandler
    void handle(AddStrategicAim cmd) {
        if (status == PlanStatus.CLOSED) {
            throw new PlanIsClosed();
        }
        if (aims.contains(cmd.number())) {
            throw new AimAlreadyExists(cmd.number());
        }
        apply(new StrategicAimAdded(id, cmd.number(), cmd.title()));
    }

    @CommandHandler
    void handle(ActivatePlan cmd) {
        if (status == PlanStatus.CLOSED) {
            throw new PlanIsClosed();
        }
        if (status == PlanStatus.ACTIVE) {
            throw new PlanAlreadyActive();
        }
        apply(new PlanActivated(id));
    }

    /** A plan moves only forward, so a draft may be closed without ever being active. */
    @CommandHandler
    void handle(ClosePlan cmd) {
        if (status == PlanStatus.CLOSED) {
            throw new PlanIsClosed();
        }
        apply(new PlanClosed(id, cmd.reason()));
    }

    @EventSourcingHandler
    void on(PlanCreated e) {
        id = e.planId();
        status = e.status();
    }

    @EventSourcingHandler
    void on(StrategicAimAdded e) {
        aims.add(e.number());
    }

    @EventSourcingHandler
    void on(PlanActivated e) {
        status = PlanStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(PlanClosed e) {
        status = PlanStatus.CLOSED;
    }
}
