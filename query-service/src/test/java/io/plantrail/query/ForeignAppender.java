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

    /** The metadata the command side writes, with a test actor. */
    public static final Map<String, String> TEST_METADATA = Map.of("actor", "test", "correlationId", "it");

    /** Appends the next event of an aggregate, recorded now by the test actor; answers its global position. */
    public long append(String aggregateType, Object aggregateId, Object event) {
        return append(aggregateType, aggregateId, event, Instant.now(), TEST_METADATA);
    }

    /** Appends the next event of an aggregate as if recorded at {@code recorded}; answers its global position. */
    public long append(String aggregateType, Object aggregateId, Object event, Instant recorded) {
        return append(aggregateType, aggregateId, event, recorded, TEST_METADATA);
    }

    /** Appends the next event of an aggregate as {@code actor} did it; answers its global position. */
    public long append(String aggregateType, Object aggregateId, Object event, String actor) {
        return append(aggregateType, aggregateId, event, Instant.now(), Map.of("actor", actor, "correlationId", "it"));
    }

    /**
     * Appends the next event of an aggregate as recorded at {@code recorded}, with the given metadata (such as
     * {@code actor}, {@code correlationId}, {@code idempotencyKey}); answers its global position.
     */
    public long append(String aggregateType, Object aggregateId, Object event, Instant recorded,
                       Map<String, ?> metaData) {
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
                    .param(JSON.writeValueAsBytes(metaData))
                    .query(Long.class).single();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
