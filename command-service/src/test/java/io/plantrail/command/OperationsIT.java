package io.plantrail.command;

import io.plantrail.platform.security.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations watch on the command side: commands by type and outcome, Axon's metrics, the pool, readiness. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsIT {

    @LocalServerPort
    int port;

    private HttpJson http;
    private HttpJson operator;

    @BeforeEach
    void client() {
        http = new HttpJson(port);
        operator = http.as(TestIdentity.basic("admin"));
    }

    @Test
    void commandsAreCountedByTypeAndOutcome() {
        String planId = http.created("/api/plans", """
                {"title": "Metrics plan", "organisation": "Leeds City Council", "period": "2009/10"}""");
        http.created("/api/plans/" + planId + "/aims", "{\"number\": 1, \"title\": \"Governance\"}");
        String actionId = http.created("/api/plans/" + planId + "/actions", """
                {"ref": "1.1", "aim": 1, "title": "Appoint a chair", "leads": [], "timescale": {"text": "TBC"}}""");
        String close = "/api/actions/" + actionId + "/close";
        String closeBody = "{\"outcome\": \"COMPLETED\", \"note\": \"Done\", \"closedOn\": \"2010-01-15\"}";
        double closed = commands("CloseAction", "success");
        double refused = commands("CloseAction", "action-already-closed");
        double stale = commands("RecordProgress", "stale-version");

        http.created("/api/actions/" + actionId + "/progress", "{\"narrative\": \"Chair appointed\"}");
        assertThat(http.post("/api/actions/" + actionId + "/progress", "{\"narrative\": \"late\"}",
                Map.of("If-Match", "\"0\"")).status()).isEqualTo(412);
        assertThat(http.post(close, closeBody).status()).isEqualTo(200);
        assertThat(http.post(close, closeBody).status()).isEqualTo(409);

        assertThat(commands("CloseAction", "success")).isEqualTo(closed + 1);
        assertThat(commands("CloseAction", "action-already-closed")).isEqualTo(refused + 1);
        assertThat(commands("RecordProgress", "stale-version")).isEqualTo(stale + 1);
        assertThat(commands("CreatePlan", "success")).isPositive();
    }

    @Test
    void axonAndThePoolAreMeasuredToo() {
        http.created("/api/plans", """
                {"title": "Metrics plan", "organisation": "Leeds City Council", "period": "2009/10"}""");

        String scrape = operator.text("/actuator/prometheus");

        assertThat(Prometheus.value(scrape, "commandBus_successCounter_total", Map.of("payloadType", "CreatePlan")))
                .hasValueSatisfying(count -> assertThat(count).isPositive());
        assertThat(Prometheus.value(scrape, "eventStore_ingestedCounter_total", Map.of())).isPresent();
        assertThat(Prometheus.value(scrape, "hikaricp_connections_max", Map.of()))
                .hasValueSatisfying(max -> assertThat(max).isPositive());
    }

    @Test
    void readinessIncludesTheDatabase() {
        HttpJson.Answer readiness = http.get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().at("/status").asText()).isEqualTo("UP");
        assertThat(readiness.body().at("/components/db/status").asText()).isEqualTo("UP");
    }

    /** The count of {@code plantrail.commands} with these tags in the Prometheus scrape; 0 before the first. */
    private double commands(String command, String outcome) {
        return Prometheus.value(operator.text("/actuator/prometheus"), "plantrail_commands_seconds_count",
                Map.of("command", command, "outcome", outcome)).orElse(0.0);
    }
}
