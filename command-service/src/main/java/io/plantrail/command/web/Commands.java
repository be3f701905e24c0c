package io.plantrail.command.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Sends a command with the metadata every event must carry (actor, correlation id) and answers with the
 * aggregate's new version and the global position of its last event.
 */
@Component
public class Commands {

    /** The principal until authentication is in place; never taken from a request body. */
    static final String ANONYMOUS = "anonymous";

    private final CommandGateway gateway;
    private final JdbcClient db;

    Commands(CommandGateway gateway, JdbcClient db) {
        this.gateway = gateway;
        this.db = db;
    }

    public CommandAnswer send(Object command) {
        MetaData metaData = MetaData.from(Map.of(
                EventMetadata.ACTOR, ANONYMOUS,
                EventMetadata.CORRELATION_ID, CorrelationFilter.currentCorrelationId()));
        AppendedEvents appended = gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        return appended.answer(positionOf(appended.last()));
    }

    private long positionOf(DomainEventMessage<?> event) {
        return db.sql("select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = ?")
                .param(event.getAggregateIdentifier()).param(event.getSequenceNumber())
                .query(Long.class).single();
    }
}
