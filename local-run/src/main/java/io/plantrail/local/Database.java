package io.plantrail.local;

import io.plantrail.platform.database.EmbeddedDatabase;

import java.nio.file.Path;

/** The one PostgreSQL both services use: DATABASE_URL when set, else an embedded one this process owns. */
record Database(String jdbcUrl, String user, String password, EmbeddedDatabase embedded) {

    static Database resolve(Path embeddedDataDir) {
        String url = System.getenv("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Database(url, envOr("DATABASE_USER", "postgres"), envOr("DATABASE_PASSWORD", ""), null);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.shared(embeddedDataDir);
        return new Database(embedded.jdbcUrl(), EmbeddedDatabase.USER, "", embedded);
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    void stop() {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
