package io.plantrail.command;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/imports over HTTP on PostgreSQL: the 2009/10 seed plan, a damaged file, dry runs, re-runs, refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanImportIT {

    private static final Path SEED_PLAN = Path.of("../local-run/src/main/resources/demo/improvement-plan-2009-10.txt");
    private static final Map<String, String> TSV = Map.of("Content-Type", "text/tab-separated-values");
    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    private HttpJson http;
    private StoredEvents events;
    private String title;

    @BeforeEach
    void client() {
        http = new HttpJson(port);
        events = new StoredEvents(db);
        title = "Improvement action plan " + UUID.randomUUID(); // each test its own plan
    }

    @Nested
    class TheSeedPlan {

        @Test
        void importsAsFiveAimsAndTwentyFourActionsWithTheRefsLeadsAndTimescalesOfThePaper() throws IOException {
            HttpJson.Answer dry = importPlan(seed(), TSV, "dryRun=true");
            long eventsBefore = events.count();
            HttpJson.Answer real = importPlan(seed(), withHeader(TSV, "X-Correlation-Id", "import-2009"),
                    "status=ACTIVE", "asOf=2010-01-31");

            assertThat(dry.status()).isEqualTo(200);
            assertThat(dry.body().get("outcome").asText()).isEqualTo("DRY_RUN");
            assertThat(dry.body().get("totals").toString()).isEqualTo("""
                    {"aims":5,"actions":24,"progressUpdates":24,"alreadyThere":0,"unreadable":0,"skipped":0,\
                    "conflicts":0,"ignored":7}""");
            assertThat(real.status()).isEqualTo(201);
            assertThat(real.body().get("outcome").asText()).isEqualTo("IMPORTED");
            String planId = real.body().get("plan").get("id").asText();
            assertThat(real.header("Location")).isEqualTo("/api/plans/" + planId);
            assertThat(dry.body().get("plan").get("id").asText()).isEqualTo(planId); // the same derived id
            assertThat(events.count() - eventsBefore).isEqualTo(1 + 5 + 24 + 24);

            assertThat(db.sql("select number from aim_lookup where plan_id = ?::uuid order by number").param(planId)
                    .query(Integer.class).list()).containsExactly(1, 2, 3, 4, 5);
            assertThat(db.sql("select ref from action_lookup where plan_id = ?::uuid order by ref").param(planId)
                    .query(String.class).list()).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7",
                    "1.8", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6",
                    "5.1", "5.2", "5.3");

            JsonNode appoint = events.payload(action(real, "1.1"), 0);
            assertThat(appoint.get("title").asText()).isEqualTo("Appoint a new DCS");
            assertThat(appoint.get("leads").toString()).isEqualTo("[{\"name\":\"CX\",\"kind\":\"POST\"}]");
            assertThat(appoint.get("timescale").get("due").asText()).isEqualTo("2010-08-31");
            assertThat(appoint.get("timescale").get("milestones")).hasSize(2);
            JsonNode safeguarding = events.payload(action(real, "3.2"), 0);
            assertThat(safeguarding.get("aim").asInt()).isEqualTo(3);
            assertThat(safeguarding.get("leads").toString()).isEqualTo("""
                    [{"name":"CX","kind":"POST"},{"name":"Interim DCS","kind":"POST"},\
                    {"name":"Chair LSCB","kind":"POST"}]""");
            assertThat(safeguarding.get("timescale").get("due").asText()).isEqualTo("2010-04-30");
            JsonNode workforce = events.payload(action(real, "2.1"), 0);
            assertThat(workforce.get("leads").toString()).isEqualTo("""
                    [{"name":"Ken Morton","kind":"PERSON"},{"name":"Catherine Marchant","kind":"PERSON"}]""");
            JsonNode progress = events.payload(action(real, "2.4"), 1);
            assertThat(progress.get("narrative").asText()).isEqualTo("See 2.1 above.");
            assertThat(progress.get("asOf").asText()).isEqualTo("2010-01-31");
            assertThat(progress.has("rag") && !progress.get("rag").isNull()).isFalse();

            JsonNode meta = events.metaData(action(real, "5.3"), 1);
            assertThat(meta.get("actor").asText()).isEqualTo("manager"); // the importing user
            assertThat(meta.get("correlationId").asText()).isEqualTo("import-2009");
        }

        @Test
        void importedTwiceCreatesNothingTheSecondTime() throws IOException {
            HttpJson.Answer first = importPlan(seed(), TSV);
            long eventsBefore = events.count();
            HttpJson.Answer second = importPlan(seed(), TSV, "status=ACTIVE"); // changes nothing either, and says so

            assertThat(first.status()).isEqualTo(201);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body().get("outcome").asText()).isEqualTo("ALREADY_THERE");
            assertThat(second.body().get("plan").get("outcome").asText()).isEqualTo("ALREADY_THERE");
            assertThat(second.body().get("plan").get("status").asText()).isEqualTo("DRAFT");
            assertThat(second.body().get("plan").get("warnings").get(0).asText()).startsWith("the plan is a draft and stays one");
            assertThat(second.body().get("totals").get("alreadyThere").asInt()).isEqualTo(5 + 24);
            assertThat(second.body().has("position")).isFalse();
            assertThat(events.count()).isEqualTo(eventsBefore);
        }

        @Test
        void aRetryAfterARunThatStoppedHalfWayCreatesOnlyTheRest() throws IOException {
            String seed = seed();
            String firstHalf = String.join("\n", seed.lines().limit(15).toList()); // aim 1 and its eight actions
            importPlan(firstHalf, TSV);
            // Then as if a run had stopped between adding action 2.1 and recording its progress:
            HttpJson.Answer dry = importPlan(seed, TSV, "dryRun=true");
            String planId = dry.body().get("plan").get("id").asText();
            String actionId = action(dry, "2.1");
            http.created("/api/plans/" + planId + "/aims", """
                    {"number": 2, "title": "A highly skilled, well supported, motivated and continually developing workforce"}""");
            http.created("/api/plans/" + planId + "/actions", """
                    {"id": "%s", "ref": "2.1", "aim": 2, "title": "Produce workforce development plan",
                     "timescale": {"text": "June 2010"}}""".formatted(actionId));

            HttpJson.Answer retry = importPlan(seed, TSV);

            assertThat(retry.status()).isEqualTo(201);
            assertThat(row(retry, "1.8").get("status").asText()).isEqualTo("ALREADY_THERE");
            assertThat(aimRow(retry, 2).get("status").asText()).isEqualTo("ALREADY_THERE");
            assertThat(row(retry, "2.1").get("status").asText()).isEqualTo("CREATED");
            assertThat(row(retry, "2.1").get("commands").toString()).isEqualTo("[\"RecordProgress\"]");
            assertThat(row(retry, "2.2").get("commands").toString()).isEqualTo("[\"AddAction\",\"RecordProgress\"]");
            assertThat(retry.body().get("totals").get("actions").asInt()).isEqualTo(24 - 9);
            assertThat(events.countOf(actionId)).isEqualTo(2);
        }
    }

    @Nested
    class AFileWithBrokenRows {

        /** Another council's plan in the same shape, with three rows that cannot be read. */
        private static final String TEXT = """
                Housing improvement plan 2011/12
                Strategic Aim: 1. Decent homes for every tenant
                Ref.\tPriority\tLead\tCompletion Date\tProgress to date
                1.1\tSurvey the condition of all council homes\tHead of Housing/ Tenants' Panel\tMarch 2011\tSurvey of 9,000 homes complete.
                1.2\t\tJane Smith\tJune 2011\t
                \tRepair the worst 500 homes\tJane Smith\tDecember 2011\tContractor appointed.
                1.3\tInsulate lofts\tJane Smith with Housing Champion\tQ3 2011/12\t
                Strategic Aim: 2.
                2.1\tHouse homeless families within six weeks\tHomelessness Team\tOn-going\tWaiting times down to eight weeks.
                """;

        @Test
        void aDryRunNamesEveryRowWithItsLineAndWhatItWouldCreate() {
            HttpJson.Answer dry = importPlan(TEXT, TSV, "dryRun=true", "post=Housing Champion");

            assertThat(dry.status()).isEqualTo(200);
            JsonNode rows = dry.body().get("rows");
            assertThat(statuses(rows)).containsExactly("1 IGNORED", "2 CREATE", "3 HEADER", "4 CREATE",
                    "5 UNREADABLE", "6 UNREADABLE", "7 CREATE", "8 UNREADABLE", "9 UNREADABLE");
            assertThat(rows.get(4).get("problems").get(0).asText()).isEqualTo("has no Priority (the action's title)");
            assertThat(rows.get(5).get("problems").get(0).asText()).isEqualTo("has no Ref; every action needs one, such as 1.1");
            assertThat(rows.get(7).get("problems").get(0).asText()).isEqualTo("aim 2 has no title");
            assertThat(rows.get(8).get("problems").get(0).asText())
                    .isEqualTo("its Strategic Aim heading on line 8 could not be read");
            assertThat(rows.get(3).get("leads").toString()).isEqualTo("""
                    [{"name":"Head of Housing","kind":"POST"},{"name":"Tenants' Panel","kind":"BODY"}]""");
            assertThat(rows.get(6).get("leads").toString()).isEqualTo("""
                    [{"name":"Jane Smith","kind":"PERSON"},{"name":"Housing Champion","kind":"POST"}]""");
            assertThat(rows.get(6).get("timescale").get("due").asText()).isEqualTo("2011-12-31");
            assertThat(planExists(dry)).isFalse();
        }

        @Test
        void aRealRunIsRefusedWholeAndWritesNothing() {
            HttpJson.Answer refused = importPlan(TEXT, TSV);

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().get("type").asText()).isEqualTo("urn:plantrail:problem:import-refused");
            assertThat(refused.body().get("errors").toString()).contains("{\"line\":5,\"message\":\"has no Priority");
            assertThat(refused.body().get("errors")).hasSize(4);
            assertThat(refused.body().get("report").get("outcome").asText()).isEqualTo("REFUSED");
            assertThat(planExists(refused.body().get("report").get("plan").get("id").asText())).isFalse();
        }

        @Test
        void toldToSkipThemItImportsTheRestAndSaysWhatItSkipped() {
            HttpJson.Answer imported = importPlan(TEXT, TSV, "skipUnreadable=true");

            assertThat(imported.status()).isEqualTo(201);
            assertThat(statuses(imported.body().get("rows"))).containsExactly("1 IGNORED", "2 CREATED", "3 HEADER",
                    "4 CREATED", "5 SKIPPED", "6 SKIPPED", "7 CREATED", "8 SKIPPED", "9 SKIPPED");
            String planId = imported.body().get("plan").get("id").asText();
            assertThat(db.sql("select ref from action_lookup where plan_id = ?::uuid order by ref").param(planId)
                    .query(String.class).list()).containsExactly("1.1", "1.3");
        }

        @Test
        void commaSeparatedTextWithQuotedCellsReadsTheSame() {
            String csv = """
                    Strategic Aim: 1. Decent homes for every tenant
                    Ref,Priority,Lead,Timescale,Progress to date
                    1.1,"Survey homes, flats and maisonettes",Jane Smith,March 2011,"Survey done.
                    Report to board in April."
                    """;
            HttpJson.Answer dry = importPlan(csv, CSV, "dryRun=true");

            JsonNode survey = dry.body().get("rows").get(2);
            assertThat(survey.get("title").asText()).isEqualTo("Survey homes, flats and maisonettes");
            assertThat(survey.get("progress").asText()).isEqualTo("Survey done.\nReport to board in April.");
        }
    }

    @Nested
    class Refusals {

        @Test
        void badRequestsAreProblemsNamingTheParameter() {
            assertProblem(http.post("/api/imports?organisation=Leeds&period=2009/10", "1.1\tx", TSV), 400,
                    "invalid-input", "title");
            assertProblem(importPlan("1.1\tx", TSV, "dryRun=maybe"), 400, "invalid-input", "dryRun");
            assertProblem(importPlan("1.1\tx", TSV, "asOf=2999-01-01"), 400, "invalid-input", "asOf");
            assertProblem(importPlan("1.1\tx", TSV, "kind=minutes"), 400, "invalid-input", "kind");
            assertProblem(importPlan("1.1\tx", TSV, "planId=plan-1"), 400, "invalid-input", "planId");
            assertProblem(importPlan("", TSV), 400, "invalid-input", "body");
            assertProblem(importPlan("1.1\tx", withHeader(TSV, "Idempotency-Key", "k-1")), 400, "invalid-input",
                    "Idempotency-Key");
        }

        @Test
        void textWithNothingToImportIs400WithItsLines() {
            HttpJson.Answer answer = importPlan("Minutes of the board\n\tApologies\tJane Smith\n", TSV);

            assertProblem(answer, 400, "invalid-input", "line 2");
        }

        @Test
        void jsonIsNotATable() {
            HttpJson.Answer answer = importPlan("{\"text\": \"1.1\"}", Map.of("Content-Type", "application/json"));

            assertThat(answer.status()).isEqualTo(415);
            assertThat(answer.body().get("type").asText()).isEqualTo("urn:plantrail:problem:unsupported-media-type");
            HttpJson.Answer unknownCharset = importPlan("1.1\tx", Map.of("Content-Type", "text/csv; charset=klingon"));
            assertThat(unknownCharset.status()).isEqualTo(415);
        }

        @Test
        void aFileOverTheSizeLimitIs413() {
            HttpJson.Answer answer = importPlan("x".repeat(300 * 1024), TSV);

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body().get("type").asText()).isEqualTo("urn:plantrail:problem:body-too-large");
        }

        @Test
        void aClosedPlanTakesNoImportedActions() {
            String text = "Strategic Aim: 1. Homes\n1.1\tSurvey homes\tJane Smith\tMarch 2011\t\n";
            HttpJson.Answer first = importPlan(text, TSV);
            String planId = first.body().get("plan").get("id").asText();
            assertThat(http.post("/api/plans/" + planId + "/close", "").status()).isEqualTo(200);

            HttpJson.Answer more = importPlan(text + "1.2\tRepair homes\tJane Smith\tMay 2011\t\n", TSV);

            assertThat(more.status()).isEqualTo(409);
            assertThat(more.body().get("errors").get(0).get("message").asText())
                    .isEqualTo("the plan is closed: it takes no more actions");
            assertThat(more.body().get("report").get("plan").get("status").asText()).isEqualTo("CLOSED");
            assertThat(more.body().get("report").get("rows").get(1).get("status").asText()).isEqualTo("ALREADY_THERE");
        }
    }

    private HttpJson.Answer importPlan(String text, Map<String, String> headers, String... parameters) {
        List<String> query = new ArrayList<>(List.of("title=" + encode(title), "organisation=Leeds%20City%20Council",
                "period=2009/10"));
        query.addAll(List.of(parameters));
        return http.post("/api/imports?" + String.join("&", query).replace(" ", "%20"), text, headers);
    }

    private static String seed() throws IOException {
        return Files.readString(SEED_PLAN, StandardCharsets.UTF_8);
    }

    private static Map<String, String> withHeader(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return all;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode row(HttpJson.Answer report, String ref) {
        JsonNode rows = report.body().get("rows");
        for (JsonNode row : rows) {
            if (ref.equals(row.path("ref").asText(null))) {
                return row;
            }
        }
        throw new AssertionError("No row for " + ref + " in " + rows);
    }

    private static JsonNode aimRow(HttpJson.Answer report, int aim) {
        for (JsonNode row : report.body().get("rows")) {
            if ("AIM".equals(row.get("type").asText()) && row.get("aim").asInt() == aim) {
                return row;
            }
        }
        throw new AssertionError("No row for aim " + aim);
    }

    private static String action(HttpJson.Answer report, String ref) {
        return row(report, ref).get("id").asText();
    }

    private static List<String> statuses(JsonNode rows) {
        List<String> statuses = new ArrayList<>();
        rows.forEach(row -> statuses.add(row.get("line").asInt() + " " + row.get("status").asText()));
        return statuses;
    }

    private boolean planExists(HttpJson.Answer report) {
        return planExists(report.body().get("plan").get("id").asText());
    }

    private boolean planExists(String planId) {
        return events.countOf(planId) > 0;
    }

    private static void assertProblem(HttpJson.Answer answer, int status, String code, String field) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.body().get("type").asText()).isEqualTo("urn:plantrail:problem:" + code);
        assertThat(answer.body().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }
}
