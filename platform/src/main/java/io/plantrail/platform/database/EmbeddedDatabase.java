package io.plantrail.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL 15 for development and tests. Zonky's binaries run under {@code unshare -U} when the
 * JVM runs as root, because PostgreSQL refuses to run as root. One instance per JVM serves every Spring context
 * in it; it stops when the JVM exits.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";

    private static EmbeddedDatabase shared;

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The JVM's one embedded database, started on first use. A data directory keeps data between runs. */
    public static synchronized EmbeddedDatabase shared(Path dataDir) {
        if (shared == null) {
            shared = start(dataDir);
        }
        return shared;
    }

    private static EmbeddedDatabase start(Path dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on");
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException | IllegalStateException e) {
            throw new NoDatabaseConfigured("The embedded PostgreSQL did not start (" + e.getMessage() + "). "
                    + "Where user namespaces are blocked it cannot run as root: run as an ordinary user, or set "
                    + DatabaseSettings.URL + " to a PostgreSQL you run yourself.");
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        synchronized (EmbeddedDatabase.class) {
            if (shared == this) {
                shared = null;
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
