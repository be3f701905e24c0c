package io.plantrail.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops for a few seconds while a lead keeps recording progress, then starts again on the same data.
 * Both services recover by themselves; every update answered 201 is in the store and reaches the read model,
 * and every other answer is a 503 (never a 500).
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(4);

    @Test
    void bothServicesRideOutADatabaseRestart() throws Exception {
        Path dataDir = Files.createTempDirectory("plantrail-outage-pg");
        int port = freePort();
        EmbeddedPostgres postgres = start(dataDir, port);
        Database database = new Database("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "", null);
        Path root = Path.of(System.getProperty("plantrail.root", "..")).toAbsolutePath().normalize();
        LocalSystem.Settings settings = new LocalSystem.Settings(
                PlantrailLocal.executableJar(root, "command-service"), PlantrailLocal.executableJar(root, "query-service"),
                freePort(), freePort(), null, Files.createTempDirectory("plantrail-outage").resolve("logs"));
        try (LocalSystem system = LocalSystem.start(settings, database)) {
            PlantrailClient commands = system.client(system.commandService(), "manager");
            PlantrailClient queries = system.client(system.queryService(), "auditor");
            String planId = commands.command("/api/plans", Map.of("title", "Outage drill",
                    "organisation", "Leeds City Council", "period", "2010/11")).get("id").asText();
            commands.command("/api/plans/" + planId + "/aims", Map.of("number", 1, "title", "Aim"));
            String actionId = commands.command("/api/plans/" + planId + "/actions", Map.of("ref", "1.1", "aim", 1,
                    "title", "Keep recording", "timescale", Map.of("text", "On-going"))).get("id").asText();

            List<PlantrailClient.Answer> answers = new ArrayList<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread lead = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    answers.add(commands.post("/api/actions/" + actionId + "/progress",
                            Map.of("narrative", "Update " + i)));
                }
            });
            lead.start();
            Thread.sleep(1500);
            postgres.close();
            Thread.sleep(OUTAGE.toMillis());
            postgres = start(dataDir, port);
            Thread.sleep(4000);
            writing.set(false);
            lead.join();

            List<Integer> statuses = answers.stream().map(PlantrailClient.Answer::status).toList();
            assertThat(statuses).containsOnly(201, 503).contains(201, 503);
            List<JsonNode> accepted = answers.stream().filter(a -> a.status() == 201).map(PlantrailClient.Answer::body)
                    .toList();
            assertThat(accepted.get(accepted.size() - 1).get("version").asLong())
                    .as("every accepted update is a version of its own, none lost").isEqualTo(accepted.size());
            assertThat(progressEventsIn(database, actionId)).isEqualTo(accepted.size());
            long lastPosition = accepted.get(accepted.size() - 1).get("position").asLong();
            JsonNode action = awaitAction(queries, actionId, lastPosition);
            assertThat(action.get("action").get("lastUpdate").get("narrative").asText())
                    .isEqualTo(lastNarrative(answers));
        } finally {
            postgres.close();
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

    private static long progressEventsIn(Database database, String actionId) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type like '%ProgressRecorded'")) {
            count.setString(1, actionId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The query side may still be reconnecting: it answers 503 until then, so ask a few times. */
    private static JsonNode awaitAction(PlantrailClient queries, String actionId, long position) throws InterruptedException {
        PlantrailClient.Answer answer = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            answer = queries.get("/api/actions/" + actionId + "?minPosition=" + position);
            if (answer.status() == 200) {
                return answer.body();
            }
            assertThat(answer.status()).isEqualTo(503);
            Thread.sleep(1000);
        }
        throw new AssertionError("query-service did not recover: " + answer.body());
    }

    private static String lastNarrative(List<PlantrailClient.Answer> answers) {
        for (int i = answers.size() - 1; i >= 0; i--) {
            if (answers.get(i).status() == 201) {
                return "Update " + i;
            }
        }
        throw new AssertionError("no update was accepted");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
