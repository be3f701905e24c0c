package io.plantrail.platform.eventstore;

import io.plantrail.evidence.ChainCheck;
import io.plantrail.evidence.EventLink;
import io.plantrail.evidence.Finding;
import io.plantrail.evidence.StoredEvent;
import io.plantrail.platform.database.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-off backfill on a store written before links existed: every old event is linked, once, and the backfill
 * is recorded; an event written by hand afterwards stays unlinked, a finding, at every later start.
 */
class LinkExistingEventsIT {

    private final String server = System.getenv("DATABASE_URL") != null
            ? System.getenv("DATABASE_URL").replaceAll("/[^/?]*(\\?.*)?$", "/")
            : EmbeddedDatabase.shared(null).jdbcUrl().replaceAll("/[^/?]*$", "/");
    private final String user = System.getenv().getOrDefault("DATABASE_USER", EmbeddedDatabase.USER);
    private final String password = System.getenv().getOrDefault("DATABASE_PASSWORD", "");
    private final String name = "backfill_" + UUID.randomUUID().toString().replace("-", "");
    private PGSimpleDataSource store;
    private JdbcClient db;

    @BeforeEach
    void aStoreAtVersion1() {
        admin().sql("create database " + name).update();
        store = dataSource(name);
        db = JdbcClient.create(store);
        Flyway.configure().dataSource(store).locations("classpath:db/eventstore")
                .table(EventStoreSchema.HISTORY_TABLE).baselineOnMigrate(true).baselineVersion("0")
                .target("1").load().migrate();
    }

    @AfterEach
    void dropIt() {
        admin().sql("drop database if exists " + name + " with (force)").update();
    }

    @Test
    void linksTheOldEventsOnceAndRecordsIt() {
        String plan = UUID.randomUUID().toString();
        String action = UUID.randomUUID().toString();
        append(plan, 0);
        append(action, 0);
        append(plan, 1);
        long last = append(action, 1);

        EventStoreSchema.migrate(store);

        assertThat(ChainCheck.check(events(), links())).isEmpty();
        assertThat(links()).hasSize(4);
        assertThat(db.sql("select events, up_to_position from event_link_backfill")
                .query((row, n) -> List.of(row.getLong(1), row.getLong(2))).single()).containsExactly(4L, last);

        long forged = append(action, 2);
        EventStoreSchema.migrate(store);
        List<Finding> findings = ChainCheck.check(events(), links());
        assertThat(findings).extracting(Finding::kind).containsExactly(Finding.Kind.UNLINKED);
        assertThat(findings.get(0).position()).isEqualTo(forged);
        assertThat(db.sql("select count(*) from event_link_backfill").query(Long.class).single()).isEqualTo(1);
    }

    private long append(String aggregate, long sequence) {
        return db.sql("""
                        insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        values (?, ?, ?, 'Action', '2026-11-22T07:00:00Z', 'io.plantrail.events.action.ProgressRecorded',
                            '1', ?, ?) returning global_index""")
                .params(UUID.randomUUID().toString(), aggregate, sequence,
                        ("{\"narrative\":\"update " + sequence + "\"}").getBytes(StandardCharsets.UTF_8),
                        "{\"actor\":\"anonymous\"}".getBytes(StandardCharsets.UTF_8))
                .query(Long.class).single();
    }

    private List<StoredEvent> events() {
        return db.sql(EventRows.SELECT).query((row, n) -> EventRows.read(row)).list();
    }

    private List<EventLink> links() {
        return db.sql("select * from event_link")
                .query((row, n) -> new EventLink(row.getLong("global_index"), row.getString("event_identifier"),
                        row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                        row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                        row.getBytes("payload_sha256"), row.getBytes("meta_data_sha256"),
                        row.getBytes("previous_link"), row.getBytes("link")))
                .list();
    }

    private JdbcClient admin() {
        return JdbcClient.create(dataSource("postgres"));
    }

    private PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server + database);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }
}
