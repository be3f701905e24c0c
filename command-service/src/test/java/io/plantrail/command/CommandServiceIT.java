package io.plantrail.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.platform.security.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side on a real PostgreSQL, driven over HTTP: requests in, events and problems out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandServiceIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    private HttpJson http;
    private String planId;

    @BeforeEach
    void planWithOneAim() {
        http = new HttpJson(port);
        planId = http.created("/api/plans", """
                {"title": "Improvement Action Plan", "organisation": "Leeds City Council", "period": "2009/10"}""");
        http.created("/api/plans/" + planId + "/aims", """
                {"number": 1, "title": "Effective leadership and governance"}""");
    }

    @Nested
    class Answers {

        @Test
        void aCreateAnswersIdVersionPositionLocationAndETag() {
            HttpJson.Answer answer = http.post("/api/plans", """
                    {"title": "Scorecard", "organisation": "Leeds City Council", "period": "2011/12"}""");

            assertThat(answer.status()).isEqualTo(201);
            String id = answer.body().get("id").asText();
            assertThat(answer.header("Location")).isEqualTo("/api/plans/" + id);
            assertThat(answer.header("ETag")).isEqualTo("\"0\"");
            assertThat(answer.body().get("version").asLong()).isZero();
            assertThat(answer.body().get("position").asLong()).isEqualTo(globalIndexOf(id, 0));
        }

        @Test
        void aChangeAnswersTheNextVersion() {
            String actionId = addAction("1.1");

            HttpJson.Answer first = progress(actionId, """
                    {"narrative": "Chair appointed.", "rag": "AMBER", "asOf": "2010-01-15"}""");
            HttpJson.Answer second = progress(actionId, """
                    {"narrative": "Board met.", "rag": "GREEN"}""");

            assertThat(first.body().get("version").asLong()).isEqualTo(1);
            assertThat(second.body().get("version").asLong()).isEqualTo(2);
            assertThat(second.header("ETag")).isEqualTo("\"2\"");
            assertThat(second.body().get("position").asLong()).isGreaterThan(first.body().get("position").asLong());
        }

        @Test
        void aClientMayChooseTheIdSoACreateCanBeRetriedSafely() {
            String chosen = UUID.randomUUID().toString();
            String body = """
                    {"id": "%s", "title": "Plan", "organisation": "Leeds City Council", "period": "2010/11"}"""
                    .formatted(chosen);

            HttpJson.Answer first = http.post("/api/plans", body);
            HttpJson.Answer again = http.post("/api/plans", body);

            assertThat(first.body().get("id").asText()).isEqualTo(chosen);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.body().get("type").asText()).isEqualTo("urn:plantrail:problem:already-exists");
            assertThat(eventsOf(chosen)).isEqualTo(1);
        }
    }

    @Nested
    class Events {

        @Test
        void carryTheSignedInUserAsActorAndTheCorrelationIdOfTheRequest() throws Exception {
            String actionId = addAction("1.2");
            HttpJson.Answer answer = http.as(TestIdentity.bearer("r.jones", List.of("PLAN_MANAGER"), List.of()))
                    .post("/api/actions/" + actionId + "/progress",
                    "{\"narrative\": \"Business manager in post.\"}", Map.of("X-Correlation-Id", "board-pack-42"));

            byte[] metaData = db.sql("select meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = 1")
                    .param(actionId).query(byte[].class).single();
            JsonNode meta = new ObjectMapper().readTree(metaData);

            assertThat(answer.header("X-Correlation-Id")).isEqualTo("board-pack-42");
            assertThat(meta.get("actor").asText()).isEqualTo("r.jones");
            assertThat(meta.get("correlationId").asText()).isEqualTo("board-pack-42");
        }

        @Test
        void neverTakeTheActorFromTheBody() throws Exception {
            String actionId = addAction("1.5");
            HttpJson.Answer answer = http.post("/api/actions/" + actionId + "/progress",
                    "{\"narrative\": \"Signed by someone else.\", \"actor\": \"chief.executive\"}");

            byte[] metaData = db.sql("select meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = 1")
                    .param(actionId).query(byte[].class).single();
            assertThat(answer.status()).isEqualTo(201);
            assertThat(new ObjectMapper().readTree(metaData).get("actor").asText()).isEqualTo("manager");
        }

        @Test
        void areStoredAsPinnedJsonWithTheirRevision() {
            String actionId = addAction("1.3");

            Map<String, Object> row = db.sql("select payload_type, payload_revision, convert_from(payload, 'UTF8') as json "
                            + "from domain_event_entry where aggregate_identifier = ? and sequence_number = 0")
                    .param(actionId).query().singleRow();

            assertThat(row.get("payload_type")).isEqualTo("io.plantrail.events.action.ActionAdded");
            assertThat(row.get("payload_revision")).isEqualTo("1");
            assertThat((String) row.get("json")).contains("\"ref\":\"1.3\"", "\"due\":\"2010-08-31\"",
                    "\"precision\":\"MONTH\"");
        }
    }

    @Nested
    class Refusals {

        @Test
        void malformedJsonIs400() {
            assertProblem(http.post("/api/plans", "{\"title\": "), 400, "invalid-input");
        }

        @Test
        void aMissingFieldIs400NamingIt() {
            HttpJson.Answer answer = http.post("/api/plans", "{\"organisation\": \"Leeds\", \"period\": \"2009/10\"}");

            assertProblem(answer, 400, "invalid-input");
            assertThat(answer.body().get("errors").findValuesAsText("field")).containsExactly("title");
        }

        @Test
        void anUnknownEnumValueIs400NamingTheField() {
            String actionId = addAction("1.4");

            HttpJson.Answer answer = progress(actionId, "{\"narrative\": \"x\", \"rag\": \"PURPLE\"}");

            assertProblem(answer, 400, "invalid-input");
            assertThat(answer.body().get("errors").findValuesAsText("field")).containsExactly("rag");
            assertThat(answer.body().get("errors").findValuesAsText("message"))
                    .containsExactly("must be one of RED, AMBER, GREEN");
        }

        @Test
        void aDateThatIsNotADateIs400NamingTheField() {
            String actionId = addAction("1.8");

            HttpJson.Answer answer = progress(actionId, "{\"narrative\": \"x\", \"asOf\": \"31/01/2010\"}");

            assertProblem(answer, 400, "invalid-input");
            assertThat(answer.body().get("errors").findValuesAsText("field")).containsExactly("asOf");
            assertThat(answer.body().get("errors").findValuesAsText("message"))
                    .containsExactly("must be a date such as 2010-01-31");
        }

        @Test
        void aFractionForAWholeNumberIs400() {
            HttpJson.Answer answer = http.post("/api/plans/" + planId + "/aims", "{\"number\": 1.5, \"title\": \"x\"}");

            assertProblem(answer, 400, "invalid-input");
            assertThat(answer.body().get("errors").findValuesAsText("field")).containsExactly("number");
        }

        @Test
        void textWithANulCharacterIs400NamingTheField() {
            HttpJson.Answer answer = http.post("/api/plans",
                    "{\"title\": \"a\\u0000b\", \"organisation\": \"o\", \"period\": \"2009/10\"}");

            assertProblem(answer, 400, "invalid-input");
            assertThat(answer.body().get("errors").findValuesAsText("field")).containsExactly("title");
        }

        @Test
        void requestsTheServiceCannotRouteAreProblemsToo() {
            assertProblem(http.post("/api/plans", "title=x", Map.of("Content-Type", "text/plain")), 415,
                    "unsupported-media-type");
            assertProblem(http.post("/api/nowhere", "{}"), 404, "not-found");
        }

        @Test
        void aPlanIdWhereAnActionIdBelongsIs404() {
            assertProblem(progress(planId, "{\"narrative\": \"x\"}"), 404, "not-found");
        }

        @Test
        void anOverlongNarrativeIs400() {
            String actionId = addAction("1.5");

            assertProblem(progress(actionId, "{\"narrative\": \"" + "x".repeat(10_001) + "\"}"), 400, "invalid-input");
        }

        @Test
        void anAsOfInTheFutureIs400() {
            String actionId = addAction("1.6");

            HttpJson.Answer answer = progress(actionId, "{\"narrative\": \"x\", \"asOf\": \"2999-01-01\"}");

            assertProblem(answer, 400, "invalid-input");
            assertThat(answer.body().get("errors").findValuesAsText("field")).containsExactly("asOf");
        }

        @Test
        void aBadPeriodIs400() {
            String actionId = addAction("1.7");

            assertProblem(progress(actionId, "{\"narrative\": \"x\", \"period\": \"2011/13 Q2\"}"), 400, "invalid-input");
        }

        @Test
        void anUnknownPlanOrActionIs404() {
            String unknown = UUID.randomUUID().toString();

            assertProblem(http.post("/api/plans/" + unknown + "/aims", "{\"number\": 1, \"title\": \"x\"}"), 404, "not-found");
            assertProblem(http.post("/api/plans/" + unknown + "/actions", actionBody("1.1")), 404, "not-found");
            assertProblem(progress(unknown, "{\"narrative\": \"x\"}"), 404, "not-found");
            assertProblem(http.post("/api/plans/not-a-uuid/aims", "{\"number\": 1, \"title\": \"x\"}"), 404, "not-found");
        }

        @Test
        void rulesBrokenByTheCurrentStateAre409() {
            addAction("2.1");

            assertProblem(http.post("/api/plans/" + planId + "/aims", "{\"number\": 1, \"title\": \"again\"}"),
                    409, "aim-already-exists");
            assertProblem(http.post("/api/plans/" + planId + "/actions", actionBody("2.1")), 409, "duplicate-ref");
            assertProblem(http.post("/api/plans/" + planId + "/actions", """
                    {"ref": "9.1", "aim": 9, "title": "x", "leads": [], "timescale": {"text": "TBC"}}"""),
                    409, "unknown-aim");
        }

        @Test
        void aStaleIfMatchIs412AndAMalformedOneIs400() {
            String actionId = addAction("2.2");
            progress(actionId, "{\"narrative\": \"first\"}");

            assertProblem(http.post("/api/actions/" + actionId + "/progress", "{\"narrative\": \"late\"}",
                    Map.of("If-Match", "\"0\"")), 412, "stale-version");
            assertProblem(http.post("/api/actions/" + actionId + "/progress", "{\"narrative\": \"odd\"}",
                    Map.of("If-Match", "yesterday")), 400, "invalid-input");
            assertThat(http.post("/api/actions/" + actionId + "/progress", "{\"narrative\": \"current\"}",
                    Map.of("If-Match", "\"1\"")).status()).isEqualTo(201);
        }

        @Test
        void aRefusedCommandWritesNothing() {
            String actionId = addAction("2.3");
            long before = eventsOf(actionId);

            progress(actionId, "{\"narrative\": \"x\", \"rag\": \"PURPLE\"}");
            progress(actionId, "{\"narrative\": \"x\", \"asOf\": \"2999-01-01\"}");
            http.post("/api/actions/" + actionId + "/progress", "{\"narrative\": \"x\"}", Map.of("If-Match", "\"7\""));

            assertThat(eventsOf(actionId)).isEqualTo(before);
        }

        @Test
        void twoRequestsRacingForOneRefGiveOneActionAndConflictsNeverA500() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> http.post("/api/plans/" + planId + "/actions", actionBody("3.1")).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(racers)) {
                statuses.add(status.get());
            }
            pool.shutdown();

            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
            assertThat(db.sql("select count(*) from action_lookup where plan_id = ?::uuid and ref = '3.1'")
                    .param(planId).query(Integer.class).single()).isEqualTo(1);
        }
    }

    private String addAction(String ref) {
        return http.created("/api/plans/" + planId + "/actions", actionBody(ref));
    }

    private static String actionBody(String ref) {
        return """
                {"ref": "%s", "aim": 1, "title": "Stabilise the senior management team",
                 "leads": [{"name": "Jackie Wilson", "kind": "PERSON"}], "timescale": {"text": "Aug 2010"}}"""
                .formatted(ref);
    }

    private HttpJson.Answer progress(String actionId, String body) {
        return http.post("/api/actions/" + actionId + "/progress", body);
    }

    private long globalIndexOf(String aggregateId, long sequence) {
        return db.sql("select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = ?")
                .param(aggregateId).param(sequence).query(Long.class).single();
    }

    private long eventsOf(String aggregateId) {
        return db.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private static void assertProblem(HttpJson.Answer answer, int status, String code) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asText()).isEqualTo("urn:plantrail:problem:" + code);
        assertThat(answer.body().get("title").asText()).isNotBlank();
    }
}
