package io.plantrail.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseSettingsTest {

    private final DatabaseSettings settings = new DatabaseSettings();

    @Test
    void usesDatabaseUrlWithItsCredentials() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("DATABASE_URL", "jdbc:postgresql://db.council.example:5432/plantrail")
                .withProperty("DATABASE_USER", "plantrail")
                .withProperty("DATABASE_PASSWORD", "secret");

        settings.postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.council.example:5432/plantrail");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("plantrail");
        assertThat(env.getProperty("spring.datasource.password")).isEqualTo("secret");
    }

    @Test
    void refusesAUrlThatIsNotJdbcPostgresql() {
        MockEnvironment env = new MockEnvironment().withProperty("DATABASE_URL", "postgres://db:5432/plantrail");

        assertThatThrownBy(() -> settings.postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(NoDatabaseConfigured.class)
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void refusesToStartWithoutADatabaseUnlessEmbeddedIsAllowed() {
        MockEnvironment env = new MockEnvironment();

        assertThatThrownBy(() -> settings.postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(NoDatabaseConfigured.class)
                .hasMessageContaining("Set DATABASE_URL");
        assertThat(new NoDatabaseConfiguredAnalyzer().analyze(new NoDatabaseConfigured("none")).getAction())
                .contains("PLANTRAIL_DATABASE_EMBEDDED=true");
    }

    @Test
    void leavesAnExplicitSpringDatasourceAlone() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://x/y");

        settings.postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://x/y");
    }
}
