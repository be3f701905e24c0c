package io.plantrail.platform.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Decides which PostgreSQL a service uses, the same way for tests and for running:
 * <ol>
 *   <li>{@code DATABASE_URL} (JDBC form, with {@code DATABASE_USER} and {@code DATABASE_PASSWORD}) when set;</li>
 *   <li>otherwise, only where {@code plantrail.database.embedded=true} (tests and local runs), an embedded
 *       PostgreSQL 15 on a free port, never whatever happens to listen on 5432;</li>
 *   <li>otherwise the service refuses to start, so a production jar cannot run on a throwaway database.</li>
 * </ol>
 */
public class DatabaseSettings implements EnvironmentPostProcessor, Ordered {

    static final String URL = "DATABASE_URL";
    static final String USER = "DATABASE_USER";
    static final String PASSWORD = "DATABASE_PASSWORD";
    static final String EMBEDDED = "plantrail.database.embedded";
    static final String EMBEDDED_DATA_DIR = "plantrail.database.embedded-data-dir";
    /** Set when this process runs on its own throwaway database: a development or test run, not production. */
    public static final String EMBEDDED_IN_USE = "plantrail.database.embedded-in-use";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url")) {
            return; // configured the Spring way; respect it
        }
        env.getPropertySources().addFirst(new MapPropertySource("plantrail-database", resolve(env)));
    }

    private static Map<String, Object> resolve(ConfigurableEnvironment env) {
        String url = env.getProperty(URL);
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new NoDatabaseConfigured(URL + " must be a JDBC PostgreSQL URL such as "
                        + "jdbc:postgresql://127.0.0.1:5432/plantrail, but is '" + url + "'.");
            }
            return Map.of("spring.datasource.url", url,
                    "spring.datasource.username", env.getProperty(USER, "postgres"),
                    "spring.datasource.password", env.getProperty(PASSWORD, ""));
        }
        if (env.getProperty(EMBEDDED, Boolean.class, false)) {
            String dataDir = env.getProperty(EMBEDDED_DATA_DIR);
            EmbeddedDatabase db = EmbeddedDatabase.shared(dataDir == null ? null : Path.of(dataDir));
            return Map.of("spring.datasource.url", db.jdbcUrl(),
                    "spring.datasource.username", EmbeddedDatabase.USER,
                    "spring.datasource.password", "",
                    EMBEDDED_IN_USE, true);
        }
        throw new NoDatabaseConfigured("No database configured. Set " + URL
                + " (for example jdbc:postgresql://127.0.0.1:5432/plantrail) with " + USER + " and " + PASSWORD
                + ", or set PLANTRAIL_DATABASE_EMBEDDED=true for a throwaway development database.");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after config files and the environment have been read
    }
}
