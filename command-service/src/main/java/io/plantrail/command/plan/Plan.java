package io.plantrail.command.plan;

import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
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
            throw new PlanClosed();
        }
        if (aims.contains(cmd.number())) {
            throw new AimAlreadyExists(cmd.number());
        }
        apply(new StrategicAimAdded(id, cmd.number(), cmd.title()));
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
}
