package io.plantrail.query.asat;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Answers a query as the service knew it at a past instant, with the very code that answers it now: inside one
 * transaction that is always rolled back, it shadows the projection's tables with empty temporary tables of the
 * same shape (PostgreSQL looks in the session's temporary schema first), replays into them the events recorded up
 * to that instant of just the aggregates asked about, through the projection's own handlers, and runs the live
 * query against them. Nothing is written, and live and as-at answers cannot drift apart.
 */
@Component
public class AsAtReplay {

    /** A projection's handler object and the tables it writes. */
    public record Projection(Object handler, List<String> tables) {
    }

    private final TransactionTemplate transaction;
    private final JdbcClient db;
    private final EventStore events;

    AsAtReplay(TransactionTemplate transaction, JdbcClient db, EventStore events) {
        this.transaction = transaction;
        this.db = db;
        this.events = events;
    }

    public <T> T answer(Instant at, List<String> aggregateIds, Projection projection, Supplier<T> query) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            for (String table : projection.tables()) {
                db.sql("create temporary table " + table + " (like " + table + " including all) on commit drop").update();
            }
            AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection.handler());
            for (String aggregateId : aggregateIds) {
                events.readEvents(aggregateId).asStream()
                        .filter(event -> !event.getTimestamp().isAfter(at))
                        .forEach(event -> apply(handlers, event));
            }
            return query.get();
        });
    }

    private static void apply(AnnotationEventHandlerAdapter handlers, EventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("Replaying " + event.getPayloadType().getSimpleName() + " "
                    + event.getIdentifier() + " for an as-at answer failed", e);
        }
    }
}
