package io.plantrail.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both services as their own processes on one database, driven over HTTP like a client: a write on the
 * command side becomes visible on the query side.
 */
class SystemIT {

    private static LocalSystem system;
    private static PlantrailClient commands; // same port after a restart of the command service
    private static PlantrailClient queries;

    private String planId;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = RunningSystem.start();
        commands = system.client(system.commandService(), "manager");
        queries = system.client(system.queryService(), "auditor");
    }

    @AfterAll
    static void stopTheSystem() {
        system.close();
        assertThat(system.commandService().isAlive()).isFalse();
        assertThat(system.queryService().isAlive()).isFalse();
    }

    @BeforeEach
    void aPlanWithOneAim() {
        planId = commands.command("/api/plans", Map.of("title", "Improvement Action Plan",
                "organisation", "Leeds City Council", "period", "2009/10")).get("id").asText();
        commands.command("/api/plans/" + planId + "/aims", Map.of("number", 1,
                "title", "Effective leadership and governance of integrated children's services in Leeds"));
    }

    @Test
    void aProgressUpdateIsReadBackFromTheQueryServiceWithMinPosition() {
        String actionId = commands.command("/api/plans/" + planId + "/actions", Map.of(
                "ref", "1.1", "aim", 1, "title", "Ensure effective governance arrangements for the LSCB",
                "leads", java.util.List.of(Map.of("name", "CX", "kind", "POST")),
                "timescale", Map.of("text", "Jan 2010 – Interim Summer 2010 - Permanent"))).get("id").asText();
        JsonNode progress = commands.command("/api/actions/" + actionId + "/progress", Map.of(
                "narrative", "Independent chair appointed on an interim basis.", "rag", "AMBER",
                "asOf", "2010-01-31"));

        PlantrailClient.Answer plan = queries.get("/api/plans/" + planId + "?minPosition="
                + progress.get("position").asLong());

        assertThat(plan.status()).isEqualTo(200);
        JsonNode action = plan.body().get("aims").get(0).get("actions").get(0);
        assertThat(action.get("id").asText()).isEqualTo(actionId);
        assertThat(action.get("rag").asText()).isEqualTo("AMBER");
        assertThat(action.get("lastUpdate").get("narrative").asText())
                .isEqualTo("Independent chair appointed on an interim basis.");
        assertThat(action.get("timescale").get("milestones")).hasSize(2);
        assertThat(action.get("due").asText()).isEqualTo("2010-08-31");
    }

    @Test
    void aWriteBecomesVisibleWithoutMinPositionToo() throws InterruptedException {
        commands.command("/api/plans/" + planId + "/actions", Map.of("ref", "1.2", "aim", 1,
                "title", "Review the senior management structure", "timescale", Map.of("text", "April 2010")));

        int actions = 0;
        for (int attempt = 0; attempt < 100 && actions == 0; attempt++) {
            PlantrailClient.Answer plan = queries.get("/api/plans/" + planId);
            actions = plan.status() == 200 ? plan.body().get("totals").get("actions").asInt() : 0;
            Thread.sleep(50);
        }

        assertThat(actions).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyIsHonouredAcrossARestartOfTheCommandService() throws Exception {
        String path = "/api/plans/" + planId + "/aims";
        String body = "{\"number\": 2, \"title\": \"A highly skilled, well supported workforce\"}";
        Map<String, String> key = Map.of("Idempotency-Key", "aim-2-" + UUID.randomUUID());
        PlantrailClient.Answer first = commands.postRaw(path, body, key);

        system.restartCommandService();
        PlantrailClient.Answer afterRestart = commands.postRaw(path, body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(afterRestart.status()).isEqualTo(201);
        assertThat(afterRestart.body()).isEqualTo(first.body());
        PlantrailClient.Answer plan = queries.get("/api/plans/" + planId + "?minPosition="
                + first.body().get("position").asLong());
        assertThat(plan.body().get("aims")).hasSize(2);
    }

    @Test
    void bothServicesAnswerProblemJsonForAnUnknownPlan() {
        String unknown = UUID.randomUUID().toString();

        PlantrailClient.Answer onCommands = commands.post("/api/plans/" + unknown + "/aims",
                Map.of("number", 1, "title", "x"));
        PlantrailClient.Answer onQueries = queries.get("/api/plans/" + unknown);

        assertThat(onCommands.status()).isEqualTo(404);
        assertThat(onQueries.status()).isEqualTo(404);
        assertThat(onCommands.body().get("type").asText()).isEqualTo("urn:plantrail:problem:not-found");
        assertThat(onQueries.body().get("type").asText()).isEqualTo("urn:plantrail:problem:not-found");
        assertThat(onQueries.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theDemoUsersSignInAndTheirRolesHold() {
        String theirs = addAction("1.2", "Jackie Wilson");
        String notTheirs = addAction("1.3", "CX");
        PlantrailClient lead = system.client(system.commandService(), "lead");
        PlantrailClient inspector = system.client(system.queryService(), "inspector");
        PlantrailClient nobody = new PlantrailClient(system.queryService().baseUrl(), null);

        assertThat(lead.post("/api/actions/" + theirs + "/progress", Map.of("narrative", "Panel met.")).status())
                .isEqualTo(201);
        assertThat(lead.post("/api/actions/" + notTheirs + "/progress", Map.of("narrative", "Not mine.")).status())
                .isEqualTo(403);
        assertThat(lead.post("/api/plans/" + planId + "/close", Map.of()).status()).isEqualTo(403);
        assertThat(inspector.get("/api/plans/" + planId).status()).isEqualTo(200);
        assertThat(inspector.get("/api/audit/events").status()).isEqualTo(403);
        assertThat(nobody.get("/api/plans").status()).isEqualTo(401);
        assertThat(nobody.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    private String addAction(String ref, String lead) {
        return commands.command("/api/plans/" + planId + "/actions", Map.of("ref", ref, "aim", 1,
                "title", "Action " + ref, "leads", java.util.List.of(Map.of("name", lead, "kind", "PERSON")),
                "timescale", Map.of("text", "Aug 2010"))).get("id").asText();
    }

    @Test
    void bothServicesPublishTheirApiAsOpenApi() {
        PlantrailClient.Answer commandApi = commands.get("/v3/api-docs");
        PlantrailClient.Answer queryApi = queries.get("/v3/api-docs");

        assertThat(commandApi.body().get("paths").has("/api/actions/{actionId}/progress")).isTrue();
        assertThat(queryApi.body().get("paths").has("/api/plans/{planId}")).isTrue();
    }
}
