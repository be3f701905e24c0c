package io.plantrail.platform.eventstore;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Creates and upgrades the shared event-store tables. Both services run it with their own Flyway history
 * table, so whichever starts first creates the tables and the other finds them current; each service's own
 * tables stay under Spring Boot's Flyway with a history table of their own.
 */
final class EventStoreSchema {

    static final String HISTORY_TABLE = "flyway_history_event_store";

    private EventStoreSchema() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/eventstore")
                .table(HISTORY_TABLE)
                // Each owner's history starts at 0 in a schema that may already hold the other owners' tables.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // The one-off linking of events appended before links existed: code, not SQL, so that it uses the
                // same link computation as every append.
                .javaMigrations(new V3__Link_existing_events())
                .load()
                .migrate();
    }
}
