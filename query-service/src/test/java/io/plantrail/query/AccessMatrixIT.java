package io.plantrail.query;

import io.plantrail.platform.security.AccessMatrix;
import io.plantrail.platform.security.AccessMatrix.Row;
import io.plantrail.platform.security.TestIdentity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.plantrail.platform.security.Role.ADMIN;
import static io.plantrail.platform.security.Role.AUDITOR;
import static io.plantrail.platform.security.Role.INSPECTOR;
import static io.plantrail.platform.security.Role.LEAD;
import static io.plantrail.platform.security.Role.PLAN_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's matrix for the query-service: every endpoint, every kind of caller, the exact status. Reads that need
 * an id name one that does not exist, so an allowed call gets through security and stops at 404.
 */
@QueryServiceTest
class AccessMatrixIT {

    private static final String PLAN = "/api/plans/" + UUID.randomUUID();
    private static final String ACTION = "/api/actions/" + UUID.randomUUID();
    private static final String MEASURE = "/api/measures/" + UUID.randomUUID();
    private static final String INSPECTION = "/api/inspections/" + UUID.randomUUID();

    static final List<Row> ROWS = Stream.concat(AccessMatrix.operationsRows().stream(), Stream.of(
            Row.of("GET", "/api/plans", "/api/plans", null, 200, AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/plans/{planId}", PLAN, null, 404, AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/actions/{actionId}", ACTION, null, 404, AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/reports/overdue", "/api/reports/overdue", null, 200,
                    AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/reports/slippage", "/api/reports/slippage", null, 200,
                    AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/plans/{planId}/changes", PLAN + "/changes?from=2010-01-01", null, 404, AUDITOR, PLAN_MANAGER, LEAD),
            Row.of("GET", "/api/actions/{actionId}/history", ACTION + "/history", null, 404,
                    AUDITOR, PLAN_MANAGER, LEAD),
            Row.of("GET", "/api/plans/{planId}/history", PLAN + "/history", null, 404, AUDITOR, PLAN_MANAGER, LEAD),
            Row.of("GET", "/api/plans/{planId}/scorecard", PLAN + "/scorecard?period=2011/12%20Q2", null, 404,
                    AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/inspections/grades", "/api/inspections/grades", null, 200,
                    AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/inspections/areas-for-development", "/api/inspections/areas-for-development", null, 200,
                    AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/inspections/{inspectionId}", INSPECTION, null, 404,
                    AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/measures/{measureId}/history", MEASURE + "/history", null, 404,
                    AUDITOR, PLAN_MANAGER, LEAD),
            Row.of("GET", "/api/inspections/{inspectionId}/history", INSPECTION + "/history", null, 404,
                    AUDITOR, PLAN_MANAGER, LEAD),
            Row.of("GET", "/api/audit/events", "/api/audit/events?size=1", null, 200, AUDITOR, PLAN_MANAGER, LEAD),
            Row.of("GET", "/api/audit/reads", "/api/audit/reads?size=1", null, 200, AUDITOR),
            Row.of("GET", "/api/actions/{actionId}/evidence-trail", ACTION + "/evidence-trail", null, 404,
                    AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/actions/{actionId}/evidence-bundle", ACTION + "/evidence-bundle", null, 404,
                    AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/plans/{planId}/evidence-bundle", PLAN + "/evidence-bundle", null, 404,
                    AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/verify", "/api/verify?plan=" + UUID.randomUUID(), null, 404,
                    AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("GET", "/api/checkpoints", "/api/checkpoints", null, 200, AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR),
            Row.of("POST", "/api/checkpoints", "/api/checkpoints", null, 200, PLAN_MANAGER, AUDITOR, INSPECTOR, ADMIN),
            Row.open("GET", "/api/checkpoints/public-key", 200),
            Row.of("GET", "/actuator/projections", "/actuator/projections", null, 200, ADMIN),
            Row.of("POST", "/actuator/projections/{name}", "/actuator/projections/no-such-projection",
                    "{\"action\": \"replay\"}", 404, ADMIN))).toList();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointTheServiceExposesHasARow() {
        assertThat(AccessMatrix.covered(ROWS)).isEqualTo(AccessMatrix.exposed(context));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerExactly() {
        return AccessMatrix.tests(port, ROWS);
    }

    @Test
    void readsOfTheAuditLogAreRecordedForAuditors() {
        HttpJson auditor = new HttpJson(port).as(TestIdentity.basic("auditor"));
        String marker = "actor=" + UUID.randomUUID();

        assertThat(new HttpJson(port).as(TestIdentity.basic("lead")).get("/api/audit/events?" + marker).status())
                .isEqualTo(200);
        assertThat(auditor.get("/api/audit/events?" + marker, "text/csv").status()).isEqualTo(200);

        HttpJson.Answer reads = auditor.get("/api/audit/reads?size=2");
        assertThat(reads.status()).isEqualTo(200);
        assertThat(reads.body().get("items").get(0).get("actor").asText()).isEqualTo("auditor");
        assertThat(reads.body().get("items").get(0).get("what").asText()).isEqualTo("audit-export");
        assertThat(reads.body().get("items").get(0).get("format").asText()).isEqualTo("csv");
        assertThat(reads.body().get("items").get(0).get("subject").asText()).isEqualTo(marker);
        assertThat(reads.body().get("items").get(1).get("actor").asText()).isEqualTo("lead");
        assertThat(reads.body().get("items").get(1).get("what").asText()).isEqualTo("audit-log");
    }
}
