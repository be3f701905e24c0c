package io.plantrail.command;

import io.plantrail.platform.security.AccessMatrix;
import io.plantrail.platform.security.AccessMatrix.Row;
import io.plantrail.platform.security.TestIdentity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.plantrail.platform.security.Role.ADMIN;
import static io.plantrail.platform.security.Role.LEAD;
import static io.plantrail.platform.security.Role.PLAN_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's matrix for the command-service: every endpoint, every kind of caller, the exact status. Allowed calls
 * name a plan, action, measure or inspection that does not exist, so they get through security and stop at 404 without changing
 * anything; only creating a plan or an inspection (which need no id) really creates one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixIT {

    private static final String PLAN = "/api/plans/" + UUID.randomUUID();
    private static final String ACTION = "/api/actions/" + UUID.randomUUID();
    private static final String MEASURE = "/api/measures/" + UUID.randomUUID();
    private static final String INSPECTION = "/api/inspections/" + UUID.randomUUID();

    static final List<Row> ROWS = Stream.concat(AccessMatrix.operationsRows().stream(), Stream.of(
            Row.of("POST", "/api/plans", "/api/plans",
                    "{\"title\": \"Improvement plan\", \"organisation\": \"Council\", \"period\": \"2026/27\"}",
                    201, PLAN_MANAGER),
            Row.of("POST", "/api/plans/{planId}/activate", PLAN + "/activate", null, 404, PLAN_MANAGER),
            Row.of("POST", "/api/plans/{planId}/close", PLAN + "/close", null, 404, PLAN_MANAGER),
            Row.of("POST", "/api/plans/{planId}/aims", PLAN + "/aims", "{\"number\": 1, \"title\": \"Safeguarding\"}",
                    404, PLAN_MANAGER),
            Row.of("POST", "/api/plans/{planId}/actions", PLAN + "/actions",
                    "{\"ref\": \"1.1\", \"aim\": 1, \"title\": \"Audit case files\", \"leads\": []}", 404, PLAN_MANAGER),
            Row.of("POST", "/api/actions/{actionId}/progress", ACTION + "/progress", "{\"narrative\": \"On track.\"}",
                    404, PLAN_MANAGER, LEAD),
            Row.of("POST", "/api/actions/{actionId}/evidence", ACTION + "/evidence",
                    "{\"title\": \"Minutes\", \"location\": \"https://example.org/minutes.pdf\"}", 404, PLAN_MANAGER, LEAD),
            Row.of("POST", "/api/actions/{actionId}/lead", ACTION + "/lead", "{\"leads\": [], \"reason\": \"Left\"}",
                    404, PLAN_MANAGER),
            Row.of("POST", "/api/actions/{actionId}/reschedule", ACTION + "/reschedule",
                    "{\"timescale\": {\"text\": \"Aug 2010\"}, \"reason\": \"Delay\"}", 404, PLAN_MANAGER),
            Row.of("POST", "/api/actions/{actionId}/close", ACTION + "/close",
                    "{\"outcome\": \"COMPLETED\", \"note\": \"Done\"}", 404, PLAN_MANAGER),
            Row.of("POST", "/api/actions/{actionId}/reopen", ACTION + "/reopen", "{\"reason\": \"Not done\"}",
                    404, PLAN_MANAGER),
            Row.of("POST", "/api/imports", "/api/imports?title=Plan&organisation=Council&period=2026/27&dryRun=true",
                    "Strategic Aim: 1. Safeguarding\nRef\tPriority\tLead\tTimescale\tProgress to date\n"
                            + "1.1\tAudit case files\tJackie Wilson\tAug 2010\tStarted.\n", 200, PLAN_MANAGER)
                    .sending("text/tab-separated-values"),
            Row.of("POST", "/api/plans/{planId}/measures", PLAN + "/measures",
                    "{\"name\": \"Complaints resolved\", \"direction\": \"INCREASE\", \"unit\": \"PERCENT\"}",
                    404, PLAN_MANAGER),
            Row.of("POST", "/api/measures/{measureId}/targets", MEASURE + "/targets",
                    "{\"period\": \"2011/12 Q2\", \"value\": 95}", 404, PLAN_MANAGER),
            Row.of("POST", "/api/measures/{measureId}/values", MEASURE + "/values",
                    "{\"period\": \"2011/12 Q2\", \"status\": \"FINAL\", \"value\": 95}", 404, PLAN_MANAGER),
            Row.of("POST", "/api/inspections", "/api/inspections", "{\"framework\": \"APA\", \"year\": 2008, "
                    + "\"source\": \"Ofsted\", \"date\": \"2008-12-31\", \"organisation\": \"Council\"}",
                    201, PLAN_MANAGER),
            Row.of("POST", "/api/inspections/{inspectionId}/judgements", INSPECTION + "/judgements",
                    "{\"area\": \"Be Healthy\", \"grade\": 2}", 404, PLAN_MANAGER),
            Row.of("POST", "/api/inspections/{inspectionId}/areas-for-development",
                    INSPECTION + "/areas-for-development", "{\"text\": \"Teenage conception\"}", 404, PLAN_MANAGER),
            Row.of("POST", "/api/inspections/{inspectionId}/areas-for-development/{areaId}/actions",
                    INSPECTION + "/areas-for-development/" + UUID.randomUUID() + "/actions",
                    "{\"action\": \"" + UUID.randomUUID() + "\"}", 404, PLAN_MANAGER))).toList();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient db;

    @Test
    void everyEndpointTheServiceExposesHasARow() {
        assertThat(AccessMatrix.covered(ROWS)).isEqualTo(AccessMatrix.exposed(context));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerExactly() {
        return AccessMatrix.tests(port, ROWS, this::events);
    }

    @Test
    void aLeadUpdatingAnotherLeadsActionIsForbiddenAndWritesNothing() {
        String actionId = actionLedBy("Ken Morton");
        long before = events();

        HttpJson.Answer progress = http().as(TestIdentity.basic("lead"))
                .post("/api/actions/" + actionId + "/progress", "{\"narrative\": \"Mine now.\"}");
        HttpJson.Answer evidence = http().as(TestIdentity.bearer("j.wilson", List.of("LEAD"), List.of("Jackie Wilson")))
                .post("/api/actions/" + actionId + "/evidence",
                        "{\"title\": \"Minutes\", \"location\": \"https://example.org/m.pdf\"}");

        assertThat(progress.status()).isEqualTo(403);
        assertThat(progress.body().get("type").asText()).isEqualTo("urn:plantrail:problem:forbidden");
        assertThat(progress.body().get("detail").asText()).contains("Ken Morton");
        assertThat(evidence.status()).isEqualTo(403);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aLeadUpdatesTheirOwnActionAndLosesItWhenTheLeadChanges() {
        String actionId = actionLedBy("Ken Morton");
        HttpJson ken = http().as(TestIdentity.bearer("k.morton", List.of("LEAD"), List.of("Ken Morton")));
        String progress = "/api/actions/" + actionId + "/progress";

        assertThat(http().as(TestIdentity.basic("other-lead")).post(progress, "{\"narrative\": \"Panel met.\"}")
                .status()).isEqualTo(201);
        assertThat(ken.post("/api/actions/" + actionId + "/evidence",
                "{\"title\": \"Minutes\", \"location\": \"https://example.org/m.pdf\"}").status()).isEqualTo(201);
        assertThat(http().post("/api/actions/" + actionId + "/lead",
                "{\"leads\": [{\"name\": \"Jackie Wilson\", \"kind\": \"PERSON\"}], \"reason\": \"Handover\"}")
                .status()).isEqualTo(200);

        assertThat(ken.post(progress, "{\"narrative\": \"Still mine?\"}").status()).isEqualTo(403);
        assertThat(http().as(TestIdentity.basic("lead")).post(progress, "{\"narrative\": \"Taken over.\"}").status())
                .isEqualTo(201);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpJson caller : List.of(http(), http().as(null))) {
            HttpJson.Answer answer = caller.post("/api/plans", "{}");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Cache-Control")).contains("no-store");
            assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("Set-Cookie")).isNull();
        }
    }

    @Test
    void anUnauthenticatedAnswerSaysHowToSignIn() {
        HttpJson.Answer answer = http().as(null).post("/api/plans", "{}");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("Bearer").contains("Basic");
    }

    private HttpJson http() {
        return new HttpJson(port);
    }

    private String actionLedBy(String lead) {
        String planId = http().created("/api/plans",
                "{\"title\": \"Plan\", \"organisation\": \"Council\", \"period\": \"2026/27\"}");
        http().created("/api/plans/" + planId + "/aims", "{\"number\": 1, \"title\": \"Safeguarding\"}");
        return http().created("/api/plans/" + planId + "/actions", """
                {"ref": "1.1", "aim": 1, "title": "Audit case files",
                 "leads": [{"name": "%s", "kind": "PERSON"}], "timescale": {"text": "Aug 2010"}}""".formatted(lead));
    }

    private long events() {
        return db.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }
}
