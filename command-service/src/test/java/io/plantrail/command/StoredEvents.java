package io.plantrail.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;

/** The event store's table as a test reads it: how many events, and one event's payload or metadata as JSON. */
final class StoredEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcClient db;

    StoredEvents(JdbcClient db) {
        this.db = db;
    }

    long count() {
        return db.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    long countOf(String aggregateId) {
        return db.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    long lastPosition() {
        return db.sql("select max(global_index) from domain_event_entry").query(Long.class).single();
    }

    JsonNode payload(String aggregateId, long sequence) throws IOException {
        return column("payload", aggregateId, sequence);
    }

    JsonNode metaData(String aggregateId, long sequence) throws IOException {
        return column("meta_data", aggregateId, sequence);
    }

    private JsonNode column(String column, String aggregateId, long sequence) throws IOException {
        byte[] bytes = db.sql("select " + column + " from domain_event_entry where aggregate_identifier = ? "
                        + "and sequence_number = ?")
                .param(aggregateId).param(sequence).query(byte[].class).single();
        return JSON.readTree(bytes);
    }
}
