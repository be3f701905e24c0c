package io.plantrail.command.web;

import io.plantrail.platform.security.Caller;
import io.plantrail.platform.web.CorrelationFilter;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a command with the metadata every event must carry (actor, correlation id) and answers with the
 * aggregate's new version and the global position of its last event.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final JdbcClient db;
    private final Idempotency idempotency;
    private final CommandMetrics metrics;

    Commands(CommandGateway gateway, JdbcClient db, Idempotency idempotency, CommandMetrics metrics) {
        this.gateway = gateway;
        this.db = db;
        this.idempotency = idempotency;
        this.metrics = metrics;
    }

    public CommandAnswer send(Object command) {
        return metrics.time(command, () -> dispatch(command));
    }

    private CommandAnswer dispatch(Object command) {
        Optional<Idempotency.Request> idempotent = idempotency.ofCurrentRequest();
        Optional<Idempotency.Remembered> first = idempotent.flatMap(idempotency::remembered);
        if (first.isPresent()) {
            return answer(first.get().aggregateId(), first.get().version());
        }
        Map<String, Object> metaData = new HashMap<>(Map.of(
                EventMetadata.ACTOR, Caller.current().name(), // the principal, never a body
                EventMetadata.CORRELATION_ID, CorrelationFilter.currentCorrelationId()));
        idempotent.ifPresent(request -> {
            metaData.put(EventMetadata.IDEMPOTENCY_KEY, request.key());
            metaData.put(EventMetadata.REQUEST_HASH, request.hash());
        });
        try {
            AppendedEvents appended = gateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData)));
            return new CommandAnswer(appended.last().getAggregateIdentifier(), appended.last().getSequenceNumber(),
                    appended.positionOfLast());
        } catch (DuplicateKeyException raced) {
            // Another request with the same key committed first; this one rolled back and gets the same answer.
            Idempotency.Remembered winner = idempotent.flatMap(idempotency::remembered).orElseThrow(() -> raced);
            return answer(winner.aggregateId(), winner.version());
        }
    }

    private CommandAnswer answer(String aggregateId, long version) {
        long position = db.sql("select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = ?")
                .param(aggregateId).param(version)
                .query(Long.class).single();
        return new CommandAnswer(aggregateId, version, position);
    }
}
