package io.plantrail.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query-service instances share the event stream by segments. One is killed with SIGKILL while commands keep
 * coming; the survivor takes over its segments once their claims expire, and every read model ends complete, with
 * each event applied exactly once. A graceful stop leaves no claim behind.
 */
class ScalingIT {

    private static final int SEGMENTS = 4;          // plantrail.projections.segments
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(4);   // plantrail.projections.claim-timeout
    private static final Duration CLAIM_INTERVAL = Duration.ofSeconds(1);  // plantrail.projections.token-claim-interval
    private static final int PLANS = 8;
    private static final int ACTIONS_PER_PLAN = 4;
    private static final int UPDATES_PER_ACTION = 6;

    private static LocalSystem system;
    private static PlantrailClient commands;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = RunningSystem.start();
        commands = system.client(system.commandService(), "manager");
    }

    @AfterAll
    static void stopTheSystem() {
        system.close();
    }

    /** Positions of the events appended to one action: its ActionAdded, then its progress updates. */
    private record ActionWritten(String id, List<Long> positions, String lastNarrative) {
    }

    @Test
    void aKilledInstancesSegmentsMoveToTheSurvivorAndEveryEventIsAppliedOnce() throws Exception {
        ServiceProcess survivor = system.queryService();
        ServiceProcess victim = system.startAnotherQueryService(RunningSystem.freePort());
        PlantrailClient survivorQueries = system.client(survivor, "auditor");
        PlantrailClient victimQueries = system.client(victim, "auditor");
        PlantrailClient survivorOperations = system.client(survivor, "admin");
        PlantrailClient victimOperations = system.client(victim, "admin");

        awaitUpTo(Duration.ofSeconds(30), () -> holdsSomeOfEverySegmentSet(survivorOperations)
                && holdsSomeOfEverySegmentSet(victimOperations), "both instances to hold segments of every projection");

        long eventsBefore = count("select count(*) from domain_event_entry");
        Map<String, List<ActionWritten>> written = new LinkedHashMap<>();
        int commandsSent = 0;
        long killedAt = 0;
        CompletableFuture<Duration> takeover = null;
        for (int plan = 0; plan < PLANS; plan++) {
            if (plan == PLANS / 2) {
                // A read on the victim that needs segments held by the survivor works too.
                assertThat(victimQueries.get("/api/plans/" + written.keySet().iterator().next()
                        + "?minPosition=" + lastPosition(written)).status()).isEqualTo(200);
                victim.kill();
                killedAt = System.nanoTime();
                long from = killedAt;
                takeover = CompletableFuture.supplyAsync(() -> timeUntilItHoldsEverySegment(survivorOperations, from));
            }
            commandsSent += writePlan(plan, written);
        }

        Duration tookOver = takeover.get();
        System.out.printf("Survivor held every segment %d ms after the other instance was killed%n",
                tookOver.toMillis());
        assertThat(victim.isAlive()).isFalse();
        assertThat(tookOver).isLessThan(CLAIM_TIMEOUT.plus(CLAIM_INTERVAL).plusSeconds(5));

        long head = count("select max(global_index) from domain_event_entry");
        assertThat(survivorQueries.get("/api/plans?minPosition=" + head).status()).isEqualTo(200);
        assertThat(count("select count(*) from domain_event_entry") - eventsBefore).isEqualTo(commandsSent);
        assertThat(survivorQueries.get("/api/audit/events?size=1").body().get("total").asLong())
                .isEqualTo(count("select count(*) from domain_event_entry"));
        for (Map.Entry<String, List<ActionWritten>> plan : written.entrySet()) {
            assertPlanIsComplete(survivorQueries, plan.getKey(), plan.getValue());
        }

        survivor.stop();
        assertThat(count("select count(*) from token_entry where owner is not null")).isZero();
    }

    private static int writePlan(int number, Map<String, List<ActionWritten>> written) {
        String planId = commands.command("/api/plans", Map.of("title", "Improvement Action Plan " + number,
                "organisation", "Leeds City Council", "period", "2009/10")).get("id").asText();
        commands.command("/api/plans/" + planId + "/aims", Map.of("number", 1,
                "title", "Effective leadership and governance of integrated children's services"));
        int sent = 2;
        List<ActionWritten> actions = new ArrayList<>();
        for (int action = 1; action <= ACTIONS_PER_PLAN; action++) {
            JsonNode added = commands.command("/api/plans/" + planId + "/actions", Map.of("ref", "1." + action,
                    "aim", 1, "title", "Action " + action + " of plan " + number,
                    "timescale", Map.of("text", "Aug 2010")));
            sent++;
            String actionId = added.get("id").asText();
            List<Long> positions = new ArrayList<>(List.of(added.get("position").asLong()));
            String narrative = null;
            for (int update = 1; update <= UPDATES_PER_ACTION; update++) {
                narrative = "Update " + update + " on action " + actionId;
                positions.add(commands.command("/api/actions/" + actionId + "/progress", Map.of(
                        "narrative", narrative, "rag", "AMBER", "asOf", "2010-01-" + (10 + update)))
                        .get("position").asLong());
                sent++;
            }
            actions.add(new ActionWritten(actionId, positions, narrative));
        }
        written.put(planId, actions);
        return sent;
    }

    private static void assertPlanIsComplete(PlantrailClient queries, String planId, List<ActionWritten> actions) {
        JsonNode plan = queries.get("/api/plans/" + planId).body();
        Map<String, String> lastNarratives = new HashMap<>();
        for (JsonNode action : plan.get("aims").get(0).get("actions")) {
            lastNarratives.put(action.get("id").asText(), action.get("lastUpdate").get("narrative").asText());
        }
        assertThat(lastNarratives).hasSize(actions.size());
        for (ActionWritten action : actions) {
            assertThat(lastNarratives.get(action.id())).isEqualTo(action.lastNarrative());
            JsonNode history = queries.get("/api/actions/" + action.id() + "/history").body().get("events");
            List<Long> positions = StreamSupport.stream(history.spliterator(), false)
                    .map(event -> event.get("position").asLong()).toList();
            assertThat(positions).as("each event of action %s once, in order", action.id())
                    .containsExactlyElementsOf(action.positions());
        }
    }

    private static boolean holdsSomeOfEverySegmentSet(PlantrailClient queries) {
        return everyProjection(queries, segments -> segments.size() > 0);
    }

    private static Duration timeUntilItHoldsEverySegment(PlantrailClient queries, long since) {
        try {
            awaitUpTo(Duration.ofSeconds(30), () -> everyProjection(queries, segments -> segments.size() == SEGMENTS),
                    "the survivor to hold every segment");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - since);
    }

    private static boolean everyProjection(PlantrailClient queries, Predicate<JsonNode> segments) {
        JsonNode projections = queries.get("/actuator/projections").body();
        return projections.size() > 0 && StreamSupport.stream(projections.spliterator(), false)
                .allMatch(projection -> segments.test(projection.get("segments")));
    }

    private interface Condition {
        boolean holds();
    }

    private static void awaitUpTo(Duration timeout, Condition condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout + " for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static long lastPosition(Map<String, List<ActionWritten>> written) {
        return written.values().stream().flatMap(List::stream)
                .mapToLong(action -> action.positions().get(action.positions().size() - 1)).max().orElseThrow();
    }

    private static long count(String sql) throws SQLException {
        Database database = system.database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
