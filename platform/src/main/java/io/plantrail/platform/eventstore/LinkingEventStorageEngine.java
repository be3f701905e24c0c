package io.plantrail.platform.eventstore;

import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.Links;
import io.plantrail.evidence.StoredEvent;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Axon's JDBC storage engine that also writes each appended event's hash link, in the same transaction. The links
 * are computed here, from the rows read back on the same connection (the exact stored bytes), not by a database
 * trigger, which would give a forged raw INSERT a valid link too.
 */
final class LinkingEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactionManager;

    LinkingEventStorageEngine(JdbcEventStorageEngine.Builder builder, TransactionManager transactionManager) {
        super(builder);
        this.transactionManager = transactionManager;
    }

    /**
     * The events and their links commit together or not at all: the command's transaction is joined when there is
     * one, and one is started when there is not.
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            Connection connection = getConnection();
            try {
                link(connection, events);
            } catch (SQLException e) {
                throw new EventStoreException("Could not link the events just appended", e);
            } finally {
                JdbcUtils.closeQuietly(connection);
            }
        });
    }

    private static void link(Connection connection, List<? extends EventMessage<?>> events) throws SQLException {
        List<StoredEvent> appended = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(EventRows.SELECT
                + " where e.event_identifier = any (?) order by e.aggregate_identifier, e.sequence_number")) {
            select.setArray(1, connection.createArrayOf("varchar",
                    events.stream().map(EventMessage::getIdentifier).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    appended.add(EventRows.read(rows));
                }
            }
        }
        if (appended.size() != events.size()) {
            throw new SQLException("Read back " + appended.size() + " of the " + events.size() + " events appended");
        }
        try (PreparedStatement insert = connection.prepareStatement(EventRows.INSERT_LINK)) {
            EventLink previous = null;
            for (StoredEvent event : appended) {
                boolean follows = previous != null && previous.aggregateId().equals(event.aggregateId())
                        && previous.sequence() == event.sequence() - 1;
                EventLink link = Links.link(event, follows ? previous.link() : storedLink(connection, event));
                EventRows.bind(insert, link);
                insert.addBatch();
                previous = link;
            }
            insert.executeBatch();
        }
    }

    /**
     * The link of the aggregate's event before {@code event}; null at sequence 0, and null when that event has no
     * link (a row someone wrote by hand), which verification then reports.
     */
    private static byte[] storedLink(Connection connection, StoredEvent event) throws SQLException {
        if (event.sequence() == 0) {
            return null;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select link from event_link where aggregate_identifier = ? and sequence_number = ?")) {
            select.setString(1, event.aggregateId());
            select.setLong(2, event.sequence() - 1);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        }
    }
}
