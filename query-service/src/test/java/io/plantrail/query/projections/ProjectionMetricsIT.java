package io.plantrail.query.projections;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.query.ForeignAppender;
import io.plantrail.query.HttpJson;
import io.plantrail.query.QueryServiceTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations watch on the query side: lag and parked events per projection, and readiness. */
@QueryServiceTest
class ProjectionMetricsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    EventProcessingConfiguration processing;

    private HttpJson http;
    private ForeignAppender store;

    @BeforeEach
    void clients() {
        http = new HttpJson(port);
        store = new ForeignAppender(db);
    }

    @Test
    void everyProjectionHasLagAndDeadLetterGaugesThatReadZeroOnceCaughtUp() throws Exception {
        long position = newPlan();
        assertThat(http.get("/api/plans?minPosition=" + position).status()).isEqualTo(200);

        List<String> names = projectionNames();
        assertThat(names).contains("plan-status");
        for (String name : names) {
            assertThat(eventually(() -> gauge("plantrail_projection_lag_events", name), 0.0)).as(name).isZero();
            assertThat(gauge("plantrail_projection_lag_ms", name)).as(name).contains(0.0);
            assertThat(gauge("plantrail_projection_dead_letters", name)).as(name).isPresent();
        }
    }

    @Test
    void aStoppedProjectionLagsAndTakesTheServiceOutOfReadiness() throws Exception {
        StreamingEventProcessor planStatus = processing.eventProcessor("plan-status", StreamingEventProcessor.class)
                .orElseThrow();
        assertThat(readiness().at("/components/projections/status").asText()).isEqualTo("UP");
        assertThat(readiness().at("/components/db/status").asText()).isEqualTo("UP");

        planStatus.shutDown();
        long position;
        try {
            position = newPlan();
            newPlan();

            assertThat(eventually(() -> gauge("plantrail_projection_lag_events", "plan-status"), 2.0))
                    .isGreaterThanOrEqualTo(2.0);
            assertThat(gauge("plantrail_projection_lag_ms", "plan-status")).hasValueSatisfying(
                    millis -> assertThat(millis).isGreaterThanOrEqualTo(0.0));
            HttpJson.Answer down = http.get("/actuator/health/readiness");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body().at("/components/projections/status").asText()).isEqualTo("DOWN");
        } finally {
            planStatus.start();
        }

        assertThat(http.get("/api/plans?minPosition=" + position).status()).isEqualTo(200);
        assertThat(eventually(this::readinessStatus, "UP")).isEqualTo("UP");
    }

    private long newPlan() {
        PlanId plan = PlanId.random();
        return store.append("Plan", plan, new PlanCreated(plan, "Measured plan", "Leeds City Council", "2009/10",
                PlanStatus.ACTIVE));
    }

    private JsonNode readiness() {
        return http.get("/actuator/health/readiness").body();
    }

    private Optional<String> readinessStatus() {
        return Optional.of(readiness().at("/status").asText());
    }

    private List<String> projectionNames() {
        List<String> names = new ArrayList<>();
        http.get("/actuator/projections").body().forEach(projection -> names.add(projection.get("name").asText()));
        return names;
    }

    /** The value of a gauge of one processor in the Prometheus scrape. */
    private Optional<Double> gauge(String name, String processor) {
        String prefix = name + "{processor=\"" + processor + "\"} ";
        return http.raw("/actuator/prometheus", "text/plain").body().lines()
                .filter(line -> line.startsWith(prefix))
                .map(line -> Double.parseDouble(line.substring(prefix.length())))
                .findFirst();
    }

    /** Reads until the value is {@code expected} (or passes it, for lag), for at most 3 s; answers the last read. */
    private static <T extends Comparable<T>> T eventually(java.util.function.Supplier<Optional<T>> read, T expected)
            throws InterruptedException {
        Optional<T> last = Optional.empty();
        for (int attempt = 0; attempt < 60; attempt++) {
            last = read.get();
            if (last.isPresent() && last.get().equals(expected)) {
                return last.get();
            }
            Thread.sleep(50);
        }
        return last.orElseThrow(() -> new AssertionError("no value"));
    }
}
