package io.plantrail.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.events.EventJson;
import org.axonframework.serialization.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Appends events straight into the event table, as the command service does from its own process, so the
 * query side only learns of them through the database (its notification or its poll), never in-process.
 */
public final class ForeignAppender {

    private static final ObjectMapper JSON = EventJson.mapper();
    private final JdbcClient db;
    private final Map<String, Long> sequences = new HashMap<>();

    public ForeignAppender(JdbcClient db) {
        this.db = db;
    }

    /** Appends the next event of an aggregate, recorded now; answers its global position. */
    public long append(String aggregateType, Object aggregateId, Object event) {
        return append(aggregateType, aggregateId, event, Instant.now(), "test");
    }

    /** Appends the next event of an aggregate as if recorded at {@code recorded}; answers its global position. */
    public long append(String aggregateType, Object aggregateId, Object event, Instant recorded) {
        return append(aggregateType, aggregateId, event, recorded, "test");
    }

    /** Appends the next event of an aggregate as {@code actor} did it; answers its global position. */
    public long append(String aggregateType, Object aggregateId, Object event, String actor) {
        return append(aggregateType, aggregateId, event, Instant.now(), actor);
    }

    private long append(String aggregateType, Object aggregateId, Object event, Instant recorded, String actor) {
        String id = aggregateId.toString();
        long sequence = sequences.merge(id, 0L, (last, ignored) -> last + 1);
        try {
            return db.sql("""
                            insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                                type, time_stamp, payload_type, payload_revision, payload, meta_data)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            returning global_index""")
                    .param(UUID.randomUUID().toString()).param(id).param(sequence).param(aggregateType)
                    .param(recorded.toString()).param(event.getClass().getName())
                    .param(event.getClass().getAnnotation(Revision.class).value())
                    .param(JSON.writeValueAsBytes(event))
                    .param(JSON.writeValueAsBytes(Map.of("actor", actor, "correlationId", "it")))
                    .query(Long.class).single();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
