package io.plantrail.platform.eventstore;

import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.StoredEvent;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Reading event rows exactly as stored, and writing their links: what the storage engine and the backfill share. */
final class EventRows {

    static final String SELECT = """
            select e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type,
                   e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data
              from domain_event_entry e""";

    static final String INSERT_LINK = """
            insert into event_link (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                time_stamp, payload_type, payload_revision, payload_sha256, meta_data_sha256, previous_link, link)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private EventRows() {
    }

    static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong("global_index"), row.getString("event_identifier"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                row.getBytes("payload"), row.getBytes("meta_data"));
    }

    static void bind(PreparedStatement insert, EventLink link) throws SQLException {
        insert.setLong(1, link.position());
        insert.setString(2, link.eventId());
        insert.setString(3, link.aggregateId());
        insert.setLong(4, link.sequence());
        insert.setString(5, link.aggregateType());
        insert.setString(6, link.recorded());
        insert.setString(7, link.payloadType());
        insert.setString(8, link.payloadRevision());
        insert.setBytes(9, link.payloadSha256());
        if (link.metaDataSha256() == null) {
            insert.setNull(10, Types.BINARY);
        } else {
            insert.setBytes(10, link.metaDataSha256());
        }
        if (link.previous() == null) {
            insert.setNull(11, Types.BINARY);
        } else {
            insert.setBytes(11, link.previous());
        }
        insert.setBytes(12, link.link());
    }
}
