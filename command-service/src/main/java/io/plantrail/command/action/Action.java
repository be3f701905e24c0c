package io.plantrail.command.action;

import io.plantrail.command.lookup.PlanFacts;
import io.plantrail.command.lookup.RefTaken;
import io.plantrail.command.plan.PlanClosed;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.command.web.NotFound;
import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ProgressRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
class Action {

    @AggregateIdentifier
    private ActionId id;
    private PlanId planId;

    protected Action() {
        // Axon rebuilds the aggregate from its events through this
    }

    @CommandHandler
    Action(AddAction cmd, PlanFacts plans) {
        PlanStatus planStatus = plans.statusOf(cmd.planId()).orElseThrow(() -> new NotFound("plan", cmd.planId()));
        if (planStatus == PlanStatus.CLOSED) {
            throw new PlanClosed();
        }
        if (!plans.hasAim(cmd.planId(), cmd.aim())) {
            throw new UnknownAim(cmd.aim());
        }
        if (plans.refTaken(cmd.planId(), cmd.ref())) {
            throw new RefTaken(cmd.ref());
        }
        apply(new ActionAdded(cmd.actionId(), cmd.planId(), cmd.ref(), cmd.aim(), cmd.title(), cmd.leads(),
                cmd.timescale()));
    }

    @CommandHandler
    void handle(RecordProgress cmd) {
        if (cmd.asOf().isAfter(cmd.today())) {
            throw new InvalidInput("asOf", "asOf " + cmd.asOf() + " is in the future; progress can only be "
                    + "reported for today or earlier.");
        }
        apply(new ProgressRecorded(id, planId, cmd.narrative(), cmd.rag(), cmd.asOf(), cmd.period()));
    }

    @EventSourcingHandler
    void on(ActionAdded e) {
        id = e.actionId();
        planId = e.planId();
    }
}
