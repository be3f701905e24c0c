package io.plantrail.query.asat;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantrail.events.ActionId;
import io.plantrail.events.ClosureOutcome;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import io.plantrail.query.ForeignAppender;
import io.plantrail.query.HttpJson;
import io.plantrail.query.QueryServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports as the service knew them at a past instant: a closure or reschedule recorded later is not yet known. */
@QueryServiceTest
class ReportsAsAtIT {

    static final Instant ADDED = Instant.parse("2010-01-10T10:00:00Z");
    static final Instant CHANGED = Instant.parse("2010-02-20T10:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    @Test
    void theOverdueReportAndTheSlippageLedgerAnswerAsTheyStoodBeforeALaterChange() {
        HttpJson http = new HttpJson(port);
        ForeignAppender store = new ForeignAppender(db);
        PlanId plan = PlanId.random();
        ActionId handbook = ActionId.random();
        ActionId chair = ActionId.random();
        Timescale february = new Timescale("February 2010", LocalDate.of(2010, 2, 28), TimescalePrecision.MONTH, List.of());
        store.append("Plan", plan, new PlanCreated(plan, "Plan", "Leeds City Council", "2009/10", PlanStatus.ACTIVE), ADDED);
        store.append("Plan", plan, new StrategicAimAdded(plan, 1, "Aim"), ADDED);
        store.append("Action", handbook, new ActionAdded(handbook, plan, "1.1", 1, "Relaunch the handbook", List.of(),
                february), ADDED);
        store.append("Action", chair, new ActionAdded(chair, plan, "1.2", 1, "Appoint a chair", List.of(), february),
                ADDED);
        store.append("Action", handbook, new ActionClosed(handbook, plan, ClosureOutcome.COMPLETED, "Relaunched",
                LocalDate.of(2010, 2, 15)), CHANGED);
        long position = store.append("Action", chair, new ActionRescheduled(chair, plan, february,
                new Timescale("June 2010", LocalDate.of(2010, 6, 30), TimescalePrecision.MONTH, List.of()),
                "Interviews postponed"), CHANGED);
        String overdue = "/api/reports/overdue?plan=" + plan + "&on=2010-03-01&minPosition=" + position;
        String slippage = "/api/reports/slippage?plan=" + plan + "&minPosition=" + position;

        JsonNode now = http.get(overdue).body();
        JsonNode before = http.get(overdue + "&asOf=2010-02-01").body();
        JsonNode ledgerNow = http.get(slippage).body();
        JsonNode ledgerBefore = http.get(slippage + "&asOf=2010-02-01").body();

        assertThat(refs(now.get("overdue"))).isEmpty(); // closed on 15 Feb, and the chair's action moved to June
        assertThat(refs(before.get("overdue"))).containsExactly("1.1", "1.2");
        assertThat(ledgerNow.get("actions")).hasSize(1);
        assertThat(ledgerBefore.get("actions")).isEmpty();
        assertThat(http.get(overdue + "&asOf=yesterday").status()).isEqualTo(400);
    }

    private static List<String> refs(JsonNode actions) {
        return java.util.stream.StreamSupport.stream(actions.spliterator(), false)
                .map(action -> action.get("ref").asText()).toList();
    }
}
