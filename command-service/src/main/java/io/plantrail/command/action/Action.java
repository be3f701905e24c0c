package io.plantrail.command.action;

import io.plantrail.command.lookup.PlanFacts;
import io.plantrail.command.lookup.RefTaken;
import io.plantrail.command.plan.PlanIsClosed;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.command.web.NotFound;
import io.plantrail.events.ActionId;
import io.plantrail.events.EvidenceSubject;
import io.plantrail.events.Lead;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Timescale;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.action.EvidenceAttached;
import io.plantrail.events.action.LeadChanged;
import io.plantrail.events.action.ProgressRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
class Action {

    @AggregateIdentifier
    private ActionId id;
    private PlanId planId;
    private List<Lead> leads;
    private Timescale timescale;
    private boolean closed;
    /** The sequence number of the last event, so evidence can name the update or closure it backs. */
    private long lastSequence;

    protected Action() {
        // Axon rebuilds the aggregate from its events through this
    }

    @CommandHandler
    Action(AddAction cmd, PlanFacts plans) {
        PlanStatus planStatus = plans.statusOf(cmd.planId()).orElseThrow(() -> new NotFound("plan", cmd.planId()));
        if (planStatus == PlanStatus.CLOSED) {
            throw new PlanIsClosed();
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
        refuseUnlessTheirs(cmd.actingFor());
        refuseIfClosed();
        refuseFutureDate("asOf", cmd.asOf(), cmd.today());
        apply(new ProgressRecorded(id, planId, cmd.narrative(), cmd.rag(), cmd.asOf(), cmd.period()));
        attach(cmd.evidence(), EvidenceSubject.PROGRESS, lastSequence);
    }

    @CommandHandler
    void handle(ChangeLead cmd) {
        refuseIfClosed();
        if (Set.copyOf(leads).equals(Set.copyOf(cmd.leads()))) { // the same people in another order is no change
            throw new SameLeads();
        }
        apply(new LeadChanged(id, planId, leads, cmd.leads(), cmd.reason()));
    }

    @CommandHandler
    void handle(RescheduleAction cmd) {
        refuseIfClosed();
        if (timescale.equals(cmd.timescale())) {
            throw new SameTimescale();
        }
        apply(new ActionRescheduled(id, planId, timescale, cmd.timescale(), cmd.reason()));
    }

    @CommandHandler
    void handle(CloseAction cmd) {
        refuseIfClosed();
        refuseFutureDate("closedOn", cmd.closedOn(), cmd.today());
        apply(new ActionClosed(id, planId, cmd.outcome(), cmd.note(), cmd.closedOn()));
        attach(cmd.evidence(), EvidenceSubject.CLOSURE, lastSequence);
    }

    @CommandHandler
    void handle(ReopenAction cmd) {
        if (!closed) {
            throw new ActionNotClosed();
        }
        apply(new ActionReopened(id, planId, cmd.reason()));
    }

    /** Evidence may be added to a closed action too: proof often arrives after the work is done. */
    @CommandHandler
    void handle(AttachEvidence cmd) {
        refuseUnlessTheirs(cmd.actingFor());
        attach(List.of(cmd.evidence()), EvidenceSubject.ACTION, null);
    }

    private void attach(List<Evidence> evidence, EvidenceSubject subject, Long subjectSequence) {
        for (Evidence e : evidence == null ? List.<Evidence>of() : evidence) {
            apply(new EvidenceAttached(id, planId, e.evidenceId(), e.title(), e.location(), e.sha256(),
                    e.describes(), subject, subjectSequence));
        }
    }

    private void refuseUnlessTheirs(ActingFor actingFor) {
        if (!actingFor.mayActOn(leads)) {
            throw new NotLeadOfAction(leads);
        }
    }

    private void refuseIfClosed() {
        if (closed) {
            throw new ActionAlreadyClosed();
        }
    }

    private static void refuseFutureDate(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidInput(field, field + " " + date + " is in the future; it can be today at the latest.");
        }
    }

    @EventSourcingHandler
    void on(ActionAdded e, @SequenceNumber long sequence) {
        id = e.actionId();
        planId = e.planId();
        leads = e.leads();
        timescale = e.timescale();
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ProgressRecorded e, @SequenceNumber long sequence) {
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(LeadChanged e, @SequenceNumber long sequence) {
        leads = e.leads();
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ActionRescheduled e, @SequenceNumber long sequence) {
        timescale = e.timescale();
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ActionClosed e, @SequenceNumber long sequence) {
        closed = true;
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ActionReopened e, @SequenceNumber long sequence) {
        closed = false;
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(EvidenceAttached e, @SequenceNumber long sequence) {
        lastSequence = sequence;
    }
}
