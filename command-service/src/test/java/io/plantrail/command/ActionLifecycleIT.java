package io.plantrail.command;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;


import static org.assertj.core.api.Assertions.assertThat;

/** The life of a plan and its actions over HTTP, on PostgreSQL: every command of api.md and its refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActionLifecycleIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    private HttpJson http;
    private String planId;
    private String actionId;

    @BeforeEach
    void activePlanWithOneAction() {
        http = new HttpJson(port);
        planId = http.created("/api/plans", """
                {"title": "Improvement Action Plan", "organisation": "Leeds City Council", "period": "2009/10"}""");
        http.created("/api/plans/" + planId + "/aims", "{\"number\": 1, \"title\": \"Leadership\"}");
        actionId = http.created("/api/plans/" + planId + "/actions", """
                {"ref": "1.4", "aim": 1, "title": "Appoint a permanent Director of Children's Services",
                 "leads": [{"name": "CX", "kind": "POST"}], "timescale": {"text": "April 2010"}}""");
    }

    @Test
    void aPlanIsActivatedThenClosedAndThenTakesNoMoreActions() {
        HttpJson.Answer activated = http.post("/api/plans/" + planId + "/activate", "");
        HttpJson.Answer activatedAgain = http.post("/api/plans/" + planId + "/activate", "");
        HttpJson.Answer closed = http.post("/api/plans/" + planId + "/close", "{\"reason\": \"Superseded\"}");
        HttpJson.Answer lateAction = http.post("/api/plans/" + planId + "/actions", """
                {"ref": "1.9", "aim": 1, "title": "Too late", "timescale": {"text": "TBC"}}""");

        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.header("ETag")).isEqualTo("\"2\"");
        assertProblem(activatedAgain, 409, "plan-already-active");
        assertThat(closed.status()).isEqualTo(200);
        assertProblem(lateAction, 409, "plan-closed");
        assertProblem(http.post("/api/plans/" + planId + "/close", ""), 409, "plan-closed");
    }

    @Test
    void aLeadChangeNeedsAReasonAndADifferentLead() {
        String body = "{\"leads\": [{\"name\": \"Children's Trust Board\", \"kind\": \"BODY\"}], \"reason\": \"DCS retired\"}";

        assertThat(http.post("/api/actions/" + actionId + "/lead", body).status()).isEqualTo(200);
        assertProblem(http.post("/api/actions/" + actionId + "/lead", body), 409, "same-leads");
        assertProblem(http.post("/api/actions/" + actionId + "/lead",
                "{\"leads\": [{\"name\": \"CX\", \"kind\": \"POST\"}]}"), 400, "invalid-input");
        assertProblem(http.post("/api/actions/" + actionId + "/lead", """
                {"leads": [{"name": "CX", "kind": "POST"}, {"name": "cx", "kind": "POST"}], "reason": "twice"}"""),
                400, "invalid-input");
    }

    @Test
    void aRescheduleKeepsBothTimescalesAndRefusesTheSameOne() {
        HttpJson.Answer moved = http.post("/api/actions/" + actionId + "/reschedule",
                "{\"timescale\": {\"text\": \"Q2 2010/11\"}, \"reason\": \"Interviews postponed\"}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(payloadOf(actionId, moved.body().get("version").asLong()))
                .contains("\"previousTimescale\":{\"text\":\"April 2010\",\"due\":\"2010-04-30\"")
                .contains("\"timescale\":{\"text\":\"Q2 2010/11\",\"due\":\"2010-09-30\"");
        assertProblem(http.post("/api/actions/" + actionId + "/reschedule",
                "{\"timescale\": {\"text\": \"Q2 2010/11\"}, \"reason\": \"again\"}"), 409, "same-timescale");
    }

    @Test
    void aClosedActionTakesNoProgressUntilReopened() {
        HttpJson.Answer closed = http.post("/api/actions/" + actionId + "/close", """
                {"outcome": "COMPLETED", "note": "Permanent DCS appointed", "closedOn": "2010-04-12",
                 "evidence": [{"title": "Appointment letter", "location": "HR/2010/0412",
                               "sha256": "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"}]}""");

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().get("version").asLong()).isEqualTo(2); // ActionClosed, then EvidenceAttached
        assertThat(payloadOf(actionId, 2)).contains("\"subject\":\"CLOSURE\"", "\"subjectSequence\":1",
                "\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"");
        assertProblem(http.post("/api/actions/" + actionId + "/progress", "{\"narrative\": \"late\"}"),
                409, "action-already-closed");
        assertProblem(http.post("/api/actions/" + actionId + "/close",
                "{\"outcome\": \"DROPPED\", \"note\": \"again\"}"), 409, "action-already-closed");

        assertThat(http.post("/api/actions/" + actionId + "/reopen", "{\"reason\": \"Appointee withdrew\"}").status())
                .isEqualTo(200);
        assertProblem(http.post("/api/actions/" + actionId + "/reopen", "{\"reason\": \"again\"}"),
                409, "action-not-closed");
        assertThat(http.post("/api/actions/" + actionId + "/progress", "{\"narrative\": \"Recruiting again\"}")
                .status()).isEqualTo(201);
    }

    @Test
    void closingRefusesAnUnknownOutcomeAndADateInTheFuture() {
        HttpJson.Answer unknown = http.post("/api/actions/" + actionId + "/close",
                "{\"outcome\": \"FINISHED\", \"note\": \"x\"}");

        assertProblem(unknown, 400, "invalid-input");
        assertThat(unknown.body().get("errors").findValuesAsText("message"))
                .containsExactly("must be one of COMPLETED, SUPERSEDED, DROPPED");
        assertProblem(http.post("/api/actions/" + actionId + "/close",
                "{\"outcome\": \"DROPPED\", \"note\": \"x\", \"closedOn\": \"2999-01-01\"}"), 400, "invalid-input");
    }

    @Test
    void evidenceIsAttachedToTheActionOrToAProgressUpdate() {
        HttpJson.Answer attached = http.post("/api/actions/" + actionId + "/evidence",
                "{\"title\": \"Job advert\", \"location\": \"https://jobs.example.org/dcs\", \"describes\": \"2010-01-10\"}");
        HttpJson.Answer withProgress = http.post("/api/actions/" + actionId + "/progress", """
                {"narrative": "Shortlist agreed", "evidence": [{"title": "Panel notes", "location": "DCS/panel/1"}]}""");

        assertThat(attached.status()).isEqualTo(201);
        assertThat(payloadOf(actionId, 1)).contains("\"subject\":\"ACTION\"", "\"describes\":\"2010-01-10\"");
        assertThat(withProgress.body().get("version").asLong()).isEqualTo(3);
        assertThat(payloadOf(actionId, 3)).contains("\"subject\":\"PROGRESS\"", "\"subjectSequence\":2");
        assertProblem(http.post("/api/actions/" + actionId + "/evidence",
                "{\"title\": \"x\", \"location\": \"y\", \"sha256\": \"abc\"}"), 400, "invalid-input");
        assertProblem(http.post("/api/actions/" + actionId + "/evidence", "{\"title\": \"x\"}"), 400, "invalid-input");
    }

    @Test
    void aTimescaleThatNamesNoDateIsKeptAsWrittenAndTheAnswerSaysSo() {
        HttpJson.Answer added = http.post("/api/plans/" + planId + "/actions", """
                {"ref": "1.5", "aim": 1, "title": "Refurbish the contact centre", "timescale": {"text": "When funding allows"}}""");
        HttpJson.Answer readable = http.post("/api/plans/" + planId + "/actions", """
                {"ref": "1.6", "aim": 1, "title": "Publish the handbook", "timescale": {"text": "Summer 2010"}}""");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().get("warnings").findValuesAsText("field")).containsExactly("timescale");
        assertThat(payloadOf(added.body().get("id").asText(), 0))
                .contains("\"text\":\"When funding allows\",\"due\":null,\"precision\":\"UNREADABLE\"");
        assertThat(readable.body().has("warnings")).isFalse();
    }

    @Test
    void aBodyLargerThanTheLimitIs413AndWritesNothing() {
        long before = events(actionId);

        HttpJson.Answer answer = http.post("/api/actions/" + actionId + "/progress",
                "{\"narrative\": \"" + "x".repeat(300_000) + "\"}");

        assertProblem(answer, 413, "body-too-large");
        assertThat(events(actionId)).isEqualTo(before);
    }

    private String payloadOf(String aggregateId, long sequence) {
        return db.sql("select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ? and sequence_number = ?")
                .param(aggregateId).param(sequence).query(String.class).single();
    }

    private long events(String aggregateId) {
        return db.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    static void assertProblem(HttpJson.Answer answer, int status, String code) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asText()).isEqualTo("urn:plantrail:problem:" + code);
    }
}
