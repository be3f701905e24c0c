package io.plantrail.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static io.plantrail.command.ActionLifecycleIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Measures and inspections over HTTP, on PostgreSQL: every command, its answers and its refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasureAndInspectionIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    private HttpJson http;
    private String planId;
    private String actionId;
    private String measureId;

    @BeforeEach
    void aPlanWithAPriorityAndAMeasure() {
        http = new HttpJson(port);
        planId = http.created("/api/plans", """
                {"title": "Directorate Scorecard", "organisation": "Leeds City Council", "period": "2011/12"}""");
        http.created("/api/plans/" + planId + "/aims", "{\"number\": 1, \"title\": \"Directorate priorities\"}");
        actionId = http.created("/api/plans/" + planId + "/actions", """
                {"ref": "1.3", "aim": 1, "title": "Put in place a joined-up children's directorate",
                 "leads": [], "timescale": {"text": "2011/12"}}""");
        measureId = http.created("/api/plans/" + planId + "/measures", """
                {"name": "Increase percentage of complaints resolved by the initial investigation",
                 "direction": "INCREASE", "unit": "PERCENT"}""");
    }

    @Test
    void aMeasureIsDefinedWithItsPriorityAndAnswersLikeEveryCreate() {
        HttpJson.Answer defined = http.post("/api/plans/" + planId + "/measures", """
                {"name": "Complete restructure of children's services", "direction": "INCREASE", "unit": "RAG",
                 "aim": 1, "action": "%s"}""".formatted(actionId));

        assertThat(defined.status()).isEqualTo(201);
        assertThat(defined.header("Location")).isEqualTo("/api/measures/" + defined.body().get("id").asText());
        assertThat(defined.header("ETag")).isEqualTo("\"0\"");
        assertThat(defined.body().get("position").asLong()).isPositive();
        assertThat(payload(defined.body().get("id").asText(), 0)).contains("\"actionId\":\"" + actionId + "\"");
    }

    @Test
    void definingRefusesBadInputUnknownPlansAndForeignActions() {
        assertProblem(http.post("/api/plans/" + UUID.randomUUID() + "/measures", """
                {"name": "x", "direction": "INCREASE", "unit": "PERCENT"}"""), 404, "not-found");
        HttpJson.Answer badDirection = http.post("/api/plans/" + planId + "/measures", """
                {"name": "x", "direction": "UPWARDS", "unit": "PERCENT"}""");
        assertProblem(badDirection, 400, "invalid-input");
        assertThat(badDirection.body().get("errors").get(0).get("field").asText()).isEqualTo("direction");
        HttpJson.Answer noName = http.post("/api/plans/" + planId + "/measures", """
                {"direction": "INCREASE", "unit": "PERCENT"}""");
        assertProblem(noName, 400, "invalid-input");
        assertThat(noName.body().get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertProblem(http.post("/api/plans/" + planId + "/measures", """
                {"name": "x", "direction": "INCREASE", "unit": "PERCENT", "aim": 9}"""), 409, "unknown-aim");
        assertProblem(http.post("/api/plans/" + planId + "/measures", """
                {"name": "x", "direction": "INCREASE", "unit": "PERCENT", "action": "%s"}""".formatted(UUID.randomUUID())),
                404, "not-found");
        String otherPlan = http.created("/api/plans", """
                {"title": "Other", "organisation": "Leeds City Council", "period": "2011/12"}""");
        assertProblem(http.post("/api/plans/" + otherPlan + "/measures", """
                {"name": "x", "direction": "INCREASE", "unit": "PERCENT", "action": "%s"}""".formatted(actionId)),
                409, "action-not-in-plan");
    }

    @Test
    void aValueMovesFromPendingToProvisionalToFinalAndIsRevisedForAReason() {
        HttpJson.Answer pending = value("""
                {"period": "2011/12 q2", "status": "PENDING", "expected": "Dec 2011", "note": "See note 1"}""");
        HttpJson.Answer provisional = value("{\"period\": \"2011/12 Q2\", \"status\": \"PROVISIONAL\", \"value\": 96}");
        HttpJson.Answer needsReason = value("{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": 95}");
        HttpJson.Answer confirmed = value("{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": 96.0}");
        HttpJson.Answer revised = value("""
                {"period": "2011/12 Q2", "status": "FINAL", "value": 95.5, "reason": "Two late returns"}""");

        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.header("ETag")).isEqualTo("\"1\"");
        assertThat(provisional.status()).isEqualTo(200);
        assertProblem(needsReason, 400, "invalid-input");
        assertThat(needsReason.body().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(confirmed.header("ETag")).isEqualTo("\"3\"");
        assertThat(revised.header("ETag")).isEqualTo("\"4\"");
        assertThat(payload(measureId, 1)).contains("\"period\":\"2011/12 Q2\"").contains("\"expected\":\"Dec 2011\"");
        assertThat(payload(measureId, 4)).contains("\"previousValue\":96.0").contains("\"value\":95.5")
                .contains("\"reason\":\"Two late returns\"");
    }

    @Test
    void valuesAreRefusedWhenTheyDoNotFitTheMeasureOrTheState() {
        assertProblem(value("{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": \"PURPLE\"}"),
                400, "invalid-input");
        assertProblem(value("{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": 101}"), 400, "invalid-input");
        assertProblem(value("{\"period\": \"Q2 2011\", \"status\": \"FINAL\", \"value\": 10}"), 400, "invalid-input");
        assertProblem(value("{\"period\": \"2011/12 Q2\", \"status\": \"PENDING\", \"expected\": \"soon\"}"),
                400, "invalid-input");
        assertProblem(value("{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": 9, \"reason\": \"why\"}"),
                409, "no-measure-value");
        assertThat(value("{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": 9}").status()).isEqualTo(200);
        assertProblem(value("{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": 9}"), 409,
                "same-measure-value");
        assertProblem(value("{\"period\": \"2011/12 Q2\", \"status\": \"PENDING\", \"expected\": \"Dec 2011\"}"),
                409, "value-already-available");
        assertProblem(http.post("/api/measures/" + UUID.randomUUID() + "/values",
                "{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": 9}"), 404, "not-found");
        assertProblem(http.post("/api/measures/" + actionId + "/values",
                "{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": 9}"), 404, "not-found");
    }

    @Test
    void aStaleIfMatchIs412() {
        assertThat(value("{\"period\": \"2011/12 Q1\", \"status\": \"FINAL\", \"value\": 96}").status()).isEqualTo(200);

        assertProblem(http.post("/api/measures/" + measureId + "/values",
                "{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": 9}", Map.of("If-Match", "\"0\"")),
                412, "stale-version");
        assertThat(http.post("/api/measures/" + measureId + "/targets", "{\"period\": \"2011/12 Q2\", \"value\": 95}",
                Map.of("If-Match", "\"1\"")).status()).isEqualTo(200);
    }

    @Test
    void aTargetIsSetAndReplacedOnlyForAReason() {
        String path = "/api/measures/" + measureId + "/targets";
        assertThat(http.post(path, "{\"period\": \"2011/12 Q2\", \"value\": 95}").status()).isEqualTo(200);
        assertProblem(http.post(path, "{\"period\": \"2011/12 Q2\", \"value\": 95}"), 409, "same-target");
        assertProblem(http.post(path, "{\"period\": \"2011/12 Q2\", \"value\": 97}"), 400, "invalid-input");
        assertThat(http.post(path, "{\"period\": \"2011/12 Q2\", \"value\": 97, \"reason\": \"Board raised it\"}")
                .status()).isEqualTo(200);
        assertThat(payload(measureId, 2)).contains("\"previousValue\":95").contains("\"reason\":\"Board raised it\"");
    }

    @Test
    void anInspectionIsGradedAndItsAreasForDevelopmentLinkedToActions() {
        HttpJson.Answer recorded = http.post("/api/inspections", """
                {"framework": "APA", "year": 2008, "source": "Ofsted", "date": "2008-12-31",
                 "organisation": "Council %s", "plan": "%s"}""".formatted(UUID.randomUUID(), planId));
        String inspection = recorded.body().get("id").asText();
        String base = "/api/inspections/" + inspection;

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.header("Location")).isEqualTo(base);
        assertThat(http.post(base + "/judgements", "{\"area\": \"Be Healthy\", \"grade\": 2}").status()).isEqualTo(201);
        assertProblem(http.post(base + "/judgements", "{\"area\": \"Be Healthy\", \"grade\": 2}"), 409, "same-judgement");
        assertProblem(http.post(base + "/judgements", "{\"area\": \"Be Healthy\", \"grade\": 3}"), 400, "invalid-input");
        assertProblem(http.post(base + "/judgements", "{\"area\": \"Stay Safe\", \"grade\": 5}"), 400, "invalid-input");
        HttpJson.Answer area = http.post(base + "/areas-for-development",
                "{\"outcomeArea\": \"Be Healthy\", \"text\": \"Teenage conception\"}");
        assertThat(area.status()).isEqualTo(201);
        String areaPath = area.header("Location");
        assertThat(areaPath).startsWith(base + "/areas-for-development/");
        assertThat(http.post(areaPath + "/actions", "{\"action\": \"" + actionId + "\"}").status()).isEqualTo(200);
        assertProblem(http.post(areaPath + "/actions", "{\"action\": \"" + actionId + "\"}"), 409,
                "action-already-linked");
        assertProblem(http.post(base + "/areas-for-development/" + UUID.randomUUID() + "/actions",
                "{\"action\": \"" + actionId + "\"}"), 409, "unknown-area-for-development");
        assertProblem(http.post(base + "/areas-for-development", """
                {"text": "Infant mortality", "actions": ["%s"]}""".formatted(UUID.randomUUID())), 404, "not-found");
        String mortality = "{\"outcomeArea\": \"Be Healthy\", \"text\": \"Infant mortality\"}";
        HttpJson.Answer first = http.post(base + "/areas-for-development", mortality, Map.of("Idempotency-Key", "afd-1"));
        HttpJson.Answer retried = http.post(base + "/areas-for-development", mortality, Map.of("Idempotency-Key", "afd-1"));
        assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retried.body().get("version")).isEqualTo(first.body().get("version"));
    }

    @Test
    void recordingAnInspectionRefusesBadInputAndUnknownPlans() {
        HttpJson.Answer noSource = http.post("/api/inspections", """
                {"framework": "APA", "year": 2008, "date": "2008-12-31", "organisation": "Leeds City Council"}""");
        assertProblem(noSource, 400, "invalid-input");
        assertThat(noSource.body().get("errors").get(0).get("field").asText()).isEqualTo("source");
        assertProblem(http.post("/api/inspections", """
                {"framework": "APA", "year": 2008, "source": "Ofsted", "date": "2999-12-31",
                 "organisation": "Leeds City Council"}"""), 400, "invalid-input");
        assertProblem(http.post("/api/inspections", """
                {"framework": "APA", "year": 2008, "source": "Ofsted", "date": "2008-12-31",
                 "organisation": "Leeds City Council", "plan": "%s"}""".formatted(UUID.randomUUID())), 404, "not-found");
        assertProblem(http.post("/api/inspections/" + UUID.randomUUID() + "/judgements",
                "{\"area\": \"Be Healthy\", \"grade\": 2}"), 404, "not-found");
    }

    private HttpJson.Answer value(String body) {
        return http.post("/api/measures/" + measureId + "/values", body);
    }

    /** The stored JSON of an aggregate's event, compacted. */
    private String payload(String aggregateId, long sequence) {
        String json = db.sql("""
                        select convert_from(payload, 'UTF8') from domain_event_entry
                         where aggregate_identifier = ? and sequence_number = ?""")
                .param(aggregateId).param(sequence).query(String.class).single();
        try {
            JsonNode tree = new ObjectMapper().readTree(json);
            return tree.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
