package io.plantrail.platform.eventstore;

import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.Links;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Links, once, every event appended before links existed, and records that it did (when, how many, up to which
 * position) in {@code event_link_backfill}; Flyway records that it ran. The event table is locked against appends
 * meanwhile, so nothing is appended unlinked between the read and the commit. Named as Flyway requires.
 */
class V3__Link_existing_events extends BaseJavaMigration {

    private static final int FETCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement lock = connection.createStatement()) {
            lock.execute("lock table domain_event_entry in share mode");
        }
        long linked = 0;
        Long upTo = null;
        try (PreparedStatement select = connection.prepareStatement(EventRows.SELECT
                + " where not exists (select 1 from event_link l where l.global_index = e.global_index)"
                + " order by e.aggregate_identifier, e.sequence_number");
             PreparedStatement insert = connection.prepareStatement(EventRows.INSERT_LINK)) {
            select.setFetchSize(FETCH);
            try (ResultSet rows = select.executeQuery()) {
                EventLink previous = null;
                while (rows.next()) {
                    var event = EventRows.read(rows);
                    boolean follows = previous != null && previous.aggregateId().equals(event.aggregateId())
                            && previous.sequence() == event.sequence() - 1;
                    EventLink link = Links.link(event, follows ? previous.link() : null);
                    EventRows.bind(insert, link);
                    insert.addBatch();
                    previous = link;
                    upTo = upTo == null ? event.position() : Math.max(upTo, event.position());
                    if (++linked % FETCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            if (linked % FETCH != 0) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement record = connection.prepareStatement(
                "insert into event_link_backfill (linked_at, events, up_to_position) values (now(), ?, ?)")) {
            record.setLong(1, linked);
            if (upTo == null) {
                record.setNull(2, java.sql.Types.BIGINT);
            } else {
                record.setLong(2, upTo);
            }
            record.executeUpdate();
        }
    }
}
