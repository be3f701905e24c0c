package io.plantrail.query.evidence;

import io.plantrail.evidence.Checkpoint;
import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.StoredEvent;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads events exactly as stored (the bytes the links hash), their links, and checkpoints. Reads the event table
 * itself, never a read model: a projection is built from the events and cannot vouch for them.
 */
@Component
class EvidenceStore {

    private static final String EVENTS = """
            select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                   payload_type, payload_revision, payload, meta_data
              from domain_event_entry""";
    private static final String LINKS = """
            select global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                   payload_type, payload_revision, payload_sha256, meta_data_sha256, previous_link, link
              from event_link""";
    private static final String CHECKPOINTS =
            "select global_index, events, root, created, key_id, signature from evidence_checkpoint";

    private static final RowMapper<StoredEvent> EVENT = (row, n) -> new StoredEvent(row.getLong("global_index"),
            row.getString("event_identifier"), row.getString("aggregate_identifier"), row.getLong("sequence_number"),
            row.getString("type"), row.getString("time_stamp"), row.getString("payload_type"),
            row.getString("payload_revision"), row.getBytes("payload"), row.getBytes("meta_data"));
    private static final RowMapper<EventLink> LINK = (row, n) -> new EventLink(row.getLong("global_index"),
            row.getString("event_identifier"), row.getString("aggregate_identifier"), row.getLong("sequence_number"),
            row.getString("type"), row.getString("time_stamp"), row.getString("payload_type"),
            row.getString("payload_revision"), row.getBytes("payload_sha256"), row.getBytes("meta_data_sha256"),
            row.getBytes("previous_link"), row.getBytes("link"));
    private static final RowMapper<Checkpoint> CHECKPOINT = (row, n) -> new Checkpoint(row.getLong("global_index"),
            row.getLong("events"), row.getString("root"), row.getString("created"), row.getString("key_id"),
            row.getString("signature"));

    private final JdbcClient db;

    EvidenceStore(JdbcClient db) {
        this.db = db;
    }

    /** Every event of these aggregates, in position order; of the whole store when {@code aggregates} is null. */
    List<StoredEvent> events(Collection<String> aggregates) {
        return aggregates == null ? db.sql(EVENTS + " order by global_index").query(EVENT).list()
                : db.sql(EVENTS + " where aggregate_identifier = any (?) order by global_index")
                .param(aggregates.toArray(String[]::new)).query(EVENT).list();
    }

    /** Every link of these aggregates (also of events no longer there); of the whole store when null. */
    List<EventLink> links(Collection<String> aggregates) {
        return aggregates == null ? db.sql(LINKS + " order by global_index").query(LINK).list()
                : db.sql(LINKS + " where aggregate_identifier = any (?) order by global_index")
                .param(aggregates.toArray(String[]::new)).query(LINK).list();
    }

    /** A leaf of a checkpoint's tree: one event's position and link, no more, since a tree may have millions. */
    record Leaf(long position, byte[] link) {
    }

    /** The leaves of a checkpoint's tree: every link up to {@code position}, in order. */
    List<Leaf> leaves(long position) {
        return db.sql("select global_index, link from event_link where global_index <= ? order by global_index")
                .param(position).query((row, n) -> new Leaf(row.getLong(1), row.getBytes(2))).list();
    }

    long linksAfter(long position) {
        return db.sql("select count(*) from event_link where global_index > ?").param(position)
                .query(Long.class).single();
    }

    List<Checkpoint> checkpoints() {
        return db.sql(CHECKPOINTS + " order by global_index").query(CHECKPOINT).list();
    }

    Optional<Checkpoint> latestCheckpoint() {
        return db.sql(CHECKPOINTS + " order by global_index desc limit 1").query(CHECKPOINT).optional();
    }

    Optional<Checkpoint> checkpointAt(long position) {
        return db.sql(CHECKPOINTS + " where global_index = ?").param(position).query(CHECKPOINT).optional();
    }

    /** A second instance making the same checkpoint at the same moment adds nothing. */
    void insert(Checkpoint checkpoint) {
        db.sql("""
                        insert into evidence_checkpoint (global_index, events, root, created, key_id, signature)
                        values (?, ?, ?, ?, ?, ?) on conflict (global_index) do nothing""")
                .params(checkpoint.position(), checkpoint.events(), checkpoint.root(), checkpoint.created(),
                        checkpoint.keyId(), checkpoint.signature())
                .update();
    }

    record Backfill(String linkedAt, long events, Long upToPosition) {
    }

    Optional<Backfill> backfill() {
        return db.sql("select linked_at::text, events, up_to_position from event_link_backfill limit 1")
                .query((row, n) -> new Backfill(row.getString(1), row.getLong(2),
                        (Long) row.getObject(3, Long.class)))
                .optional();
    }
}
