package io.plantrail.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a write on command-service takes to show on query-service, across processes, without minPosition.
 * Not part of the test suite (timing belongs in benchmarks): run it with
 * {@code ./mvnw -B -DskipTests install && ./mvnw -B verify -Pbenchmark -pl local-run} and read the figures it prints.
 */
@Tag("benchmark")
class DeliveryLatencyBenchmarkIT {

    private static final int WARM_UP = 50;
    private static final int MEASURED = 300;
    private static final long MAX_WAIT_NANOS = 10_000_000_000L;

    @Test
    void commandAnswerToVisibleOnTheQuerySide() throws Exception {
        try (LocalSystem system = RunningSystem.start()) {
            PlantrailClient commands = system.client(system.commandService(), "manager");
            PlantrailClient queries = system.client(system.queryService(), "auditor");
            String planId = commands.command("/api/plans", Map.of("title", "Benchmark plan",
                    "organisation", "Leeds City Council", "period", "2010/11")).get("id").asText();
            commands.command("/api/plans/" + planId + "/aims", Map.of("number", 1, "title", "Aim"));
            String actionId = commands.command("/api/plans/" + planId + "/actions", Map.of("ref", "1.1", "aim", 1,
                    "title", "Action", "timescale", Map.of("text", "On-going"))).get("id").asText();

            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                String narrative = "Update " + i;
                commands.command("/api/actions/" + actionId + "/progress", Map.of("narrative", narrative));
                long answered = System.nanoTime();
                long deadline = answered + MAX_WAIT_NANOS;
                while (!narrative.equals(lastNarrative(queries.get("/api/plans/" + planId).body()))) {
                    assertThat(System.nanoTime()).as("write %d visible within 10 s", i).isLessThan(deadline);
                }
                if (i >= WARM_UP) {
                    millis.add((System.nanoTime() - answered) / 1e6);
                }
            }

            Collections.sort(millis);
            System.out.printf("%nDelivery latency, command answer -> visible on query-service (%d writes):%n"
                            + "  median %.1f ms, p95 %.1f ms, max %.1f ms%n%n", MEASURED,
                    millis.get(MEASURED / 2), millis.get(MEASURED * 95 / 100), millis.get(MEASURED - 1));
            assertThat(millis).hasSize(MEASURED);
        }
    }

    private static String lastNarrative(JsonNode plan) {
        JsonNode update = plan.path("aims").path(0).path("actions").path(0).path("lastUpdate");
        return update.isMissingNode() || update.isNull() ? null : update.get("narrative").asText();
    }
}
