package io.plantrail.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Issue 5: a production start (a configured database) never runs with guessable demo passwords, or open. */
    @Test
    void aServiceOnAConfiguredDatabaseRefusesDefaultDemoPasswordsAndHavingNoWayToSignIn() throws Exception {
        assertThat(refusedStart(Map.of("PLANTRAIL_SECURITY_DEMO_ENABLED", "true")))
                .contains("APPLICATION FAILED TO START").contains("shipped default passwords");
        assertThat(refusedStart(Map.of()))
                .contains("APPLICATION FAILED TO START").contains("No way to sign in is configured");
    }

    /** The end of the log of a command-service that was started with this environment and stopped by itself. */
    private static String refusedStart(Map<String, String> environment) throws Exception {
        ServiceProcess service = ServiceProcess.start("command-service-refused", RunningSystem.jar("command-service"),
                RunningSystem.freePort(), system.database(), Files.createTempDirectory("plantrail-refused"),
                environment);
        try {
            service.awaitReady(java.time.Duration.ofSeconds(120));
            throw new AssertionError("command-service started with " + environment);
        } catch (IllegalStateException stopped) {
            assertThat(service.isAlive()).isFalse();
            return stopped.getMessage();
        } finally {
            service.stop();
        }
    }

    private String addAction(String ref, String lead) {
        return commands.command("/api/plans/" + planId + "/actions", Map.of("ref", ref, "aim", 1,
                "title", "Action " + ref, "leads", java.util.List.of(Map.of("name", lead, "kind", "PERSON")),
                "timescale", Map.of("text", "Aug 2010"))).get("id").asText();
    }

    @Test
    void theDemoPlanIsTheSeedTextImportedAndReadsBackWithItsTwentyFourActions() {
        int actions = DemoData.load(commands);
        int again = DemoData.load(commands); // importing it again creates nothing, and says the same plan

        PlantrailClient.Answer plan = queries.get("/api/plans/" + DemoData.PLAN_ID);
        for (int attempt = 0; attempt < 100 && (plan.status() != 200
                || plan.body().get("totals").get("actions").asInt() < 24); attempt++) {
            sleep();
            plan = queries.get("/api/plans/" + DemoData.PLAN_ID);
        }

        assertThat(actions).isEqualTo(24);
        assertThat(again).isEqualTo(24);
        assertThat(plan.body().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(plan.body().get("aims")).hasSize(5);
        assertThat(plan.body().get("totals").get("actions").asInt()).isEqualTo(24);
        JsonNode appoint = plan.body().get("aims").get(0).get("actions").get(0);
        assertThat(appoint.get("ref").asText()).isEqualTo("1.1");
        assertThat(appoint.get("leads").toString()).isEqualTo("[{\"name\":\"CX\",\"kind\":\"POST\"}]");
        assertThat(appoint.get("due").asText()).isEqualTo("2010-08-31");
        assertThat(appoint.get("lastUpdate").get("asOf").asText()).isEqualTo("2010-01-31");
    }

    @Test
    void theDemoScorecardIsTheSeedTextImportedAndReadsBackAtTheLinkTheWelcomeGives() {
        DemoData.ScorecardLoaded loaded = DemoData.loadScorecard(commands);
        DemoData.ScorecardLoaded again = DemoData.loadScorecard(commands); // creates nothing the second time

        PlantrailClient.Answer scorecard = queries.get(DemoData.scorecardPath());
        for (int attempt = 0; attempt < 100 && (scorecard.status() != 200
                || scorecard.body().get("measures").size() < 9); attempt++) {
            sleep();
            scorecard = queries.get(DemoData.scorecardPath());
        }

        assertThat(loaded).isEqualTo(new DemoData.ScorecardLoaded(5, 10));
        assertThat(again).isEqualTo(loaded);
        assertThat(scorecard.status()).isEqualTo(200);
        assertThat(scorecard.body().get("period").asText()).isEqualTo("2011/12 Q2");
        assertThat(scorecard.body().get("priorities")).hasSize(5);
        assertThat(scorecard.body().get("priorities").get(2).get("rag").asText()).isEqualTo("AMBER");
        assertThat(scorecard.body().get("measures")).hasSize(9);
        assertThat(scorecard.body().get("measures").get(8).get("quarters").get("Q2").get("display").asText())
                .isEqualTo("available Dec");
    }

    @Test
    void theCommandLineImportSendsAFileAndPrintsWhatEachLineBecame() throws Exception {
        Path file = Files.createTempFile("plan", ".csv");
        Files.writeString(file, """
                Strategic Aim: 1. Decent homes
                Ref,Priority,Lead,Timescale,Progress to date
                1.1,Survey all council homes,Head of Housing,March 2011,Survey started.
                1.2,,Jane Smith,June 2011,
                """);
        String[] common = {"--url", system.commandService().baseUrl().toString(),
                "--users-file", system.usersFile().toString(), "--title",
                "Housing plan " + UUID.randomUUID(), "--organisation", "Leeds City Council", "--period", "2010/11"};
        ByteArrayOutputStream dryOut = new ByteArrayOutputStream();
        ByteArrayOutputStream realOut = new ByteArrayOutputStream();

        int dry = ImportCommand.run(with(common, "--dry-run", file.toString()), new PrintStream(dryOut, true),
                System.err);
        int refused = ImportCommand.run(with(common, file.toString()), new PrintStream(new ByteArrayOutputStream()),
                System.err);
        int skipped = ImportCommand.run(with(common, "--skip-unreadable", file.toString()),
                new PrintStream(realOut, true), System.err);

        assertThat(dry).isEqualTo(1); // a dry run that found a row it cannot read
        assertThat(dryOut.toString()).contains("line 3    CREATE        action 1.1  Survey all council homes",
                "line 4    UNREADABLE", "problem: has no Priority (the action's title)");
        assertThat(refused).isEqualTo(1);
        assertThat(skipped).isEqualTo(0);
        assertThat(realOut.toString()).contains("line 3    CREATED", "line 4    SKIPPED", "IMPORTED");
        assertThat(ImportCommand.run(new String[]{"--nonsense"}, System.out, new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(2);
    }

    private static String[] with(String[] common, String... more) {
        String[] all = java.util.Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void bothServicesPublishTheirApiAsOpenApi() {
        PlantrailClient.Answer commandApi = commands.get("/v3/api-docs");
        PlantrailClient.Answer queryApi = queries.get("/v3/api-docs");

        assertThat(commandApi.body().get("paths").has("/api/actions/{actionId}/progress")).isTrue();
        assertThat(queryApi.body().get("paths").has("/api/plans/{planId}")).isTrue();
        assertThat(commandApi.body().at("/components/securitySchemes/demo-user/scheme").asText()).isEqualTo("basic");
        assertThat(queryApi.body().at("/security/0/demo-user").isArray()).isTrue();
    }
}
