package io.plantrail.command.web;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

/**
 * The aggregate events one command appended. Axon hands events to the store only when the command's unit of
 * work commits, after the handler has returned, so this is filled in during that commit and read once
 * {@code sendAndWait} has returned.
 */
final class AppendedEvents {

    private static final String RESOURCE = AppendedEvents.class.getName();

    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Long positionOfLast;

    /** Starts collecting for a command's unit of work. */
    static AppendedEvents collectFor(UnitOfWork<?> unitOfWork) {
        AppendedEvents appended = new AppendedEvents();
        unitOfWork.root().resources().put(RESOURCE, appended);
        return appended;
    }

    /** Notes an event the store is about to append in the current unit of work. */
    static void record(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
            AppendedEvents appended = CurrentUnitOfWork.get().root().getResource(RESOURCE);
            if (appended != null) {
                appended.events.add(domainEvent);
            }
        }
    }

    DomainEventMessage<?> last() {
        if (events.isEmpty()) {
            throw new IllegalStateException("A command was accepted but appended no event; "
                    + "every accepted command must record what it did");
        }
        return events.get(events.size() - 1);
    }

    /**
     * Reads the global position of the last event inside the command's own transaction, once the store has taken
     * it. Asked after the commit instead, a database lost in between would make a recorded change answer 503.
     */
    void locateLast(JdbcClient db) {
        DomainEventMessage<?> last = last();
        positionOfLast = db.sql("select global_index from domain_event_entry"
                        + " where aggregate_identifier = ? and sequence_number = ?")
                .param(last.getAggregateIdentifier()).param(last.getSequenceNumber())
                .query(Long.class).single();
    }

    long positionOfLast() {
        if (positionOfLast == null) {
            throw new IllegalStateException("The position is read while the command commits");
        }
        return positionOfLast;
    }
}
