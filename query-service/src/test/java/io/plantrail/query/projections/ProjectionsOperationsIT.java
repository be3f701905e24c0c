package io.plantrail.query.projections;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Rag;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import io.plantrail.query.ForeignAppender;
import io.plantrail.query.HttpJson;
import io.plantrail.query.QueryServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an administrator does with projections: rebuild one from the first event, and retry parked events. */
@QueryServiceTest
class ProjectionsOperationsIT {

    private static final List<String> PLAN_STATUS_TABLES = List.of(
            "select * from plan_status_plan order by plan_id",
            "select * from plan_status_aim order by plan_id, number",
            "select * from plan_status_action order by action_id");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    private HttpJson http;
    private ForeignAppender store;

    @BeforeEach
    void clients() {
        http = new HttpJson(port);
        store = new ForeignAppender(db);
    }

    @Test
    void aRebuiltReadModelEqualsTheLiveOneRowForRow() throws Exception {
        long position = planWithProgress(PlanId.random(), "Rebuild me");
        http.get("/api/plans?minPosition=" + position);
        List<List<java.util.Map<String, Object>>> live = snapshot();

        HttpJson.Answer replay = http.post("/actuator/projections/plan-status", "{\"action\": \"replay\"}");
        awaitCaughtUp("plan-status");

        assertThat(replay.status()).isEqualTo(200);
        assertThat(snapshot()).isEqualTo(live);
    }

    @Test
    void aPoisonEventIsParkedWithoutStoppingOtherPlansAndIsRetriedOnceFixed() throws Exception {
        long parkedBefore = deadLetters("plan-status");
        db.sql("alter table plan_status_action add constraint refuse_poison check (title not like 'Poison%')").update();
        PlanId poisoned = PlanId.random();
        ActionId poison = ActionId.random();
        try {
            store.append("Plan", poisoned, new PlanCreated(poisoned, "Poisoned plan", "Leeds City Council", "2009/10",
                    PlanStatus.ACTIVE));
            store.append("Plan", poisoned, new StrategicAimAdded(poisoned, 1, "Aim"));
            store.append("Action", poison, new ActionAdded(poison, poisoned, "1.1", 1, "Poison for the projection",
                    List.of(), new Timescale("TBC", null, TimescalePrecision.TBC, List.of())));
            long healthy = planWithProgress(PlanId.random(), "Unaffected");

            assertThat(http.get("/api/plans?minPosition=" + healthy).status())
                    .as("%s", http.get("/actuator/projections").body()).isEqualTo(200);
            assertThat(deadLetters("plan-status")).isEqualTo(parkedBefore + 1);
            assertThat(http.get("/api/actions/" + poison).status()).isEqualTo(404);
        } finally {
            db.sql("alter table plan_status_action drop constraint refuse_poison").update();
        }

        HttpJson.Answer retried = http.post("/actuator/projections/plan-status", "{\"action\": \"retry-dead-letters\"}");

        assertThat(retried.status()).isEqualTo(200);
        assertThat(deadLetters("plan-status")).isEqualTo(parkedBefore);
        assertThat(http.get("/api/actions/" + poison).body().get("action").get("title").asText())
                .isEqualTo("Poison for the projection");
    }

    @Test
    void anUnknownProjectionOrActionIsRefused() {
        assertThat(http.post("/actuator/projections/nothing", "{\"action\": \"replay\"}").status()).isEqualTo(404);
        assertThat(http.post("/actuator/projections/plan-status", "{\"action\": \"delete\"}").status()).isEqualTo(400);
    }

    private long planWithProgress(PlanId plan, String title) {
        ActionId action = ActionId.random();
        store.append("Plan", plan, new PlanCreated(plan, title, "Leeds City Council", "2009/10", PlanStatus.ACTIVE));
        store.append("Plan", plan, new StrategicAimAdded(plan, 1, "Aim"));
        store.append("Action", action, new ActionAdded(action, plan, "1.1", 1, "Action", List.of(),
                new Timescale("Aug 2010", LocalDate.of(2010, 8, 31), TimescalePrecision.MONTH, List.of())));
        return store.append("Action", action, new ProgressRecorded(action, plan, "Going well", Rag.GREEN,
                LocalDate.of(2010, 1, 31), null));
    }

    private List<List<java.util.Map<String, Object>>> snapshot() {
        return PLAN_STATUS_TABLES.stream().map(sql -> db.sql(sql).query().listOfRows()).toList();
    }

    private long deadLetters(String projection) {
        for (JsonNode candidate : http.get("/actuator/projections").body()) {
            if (candidate.get("name").asText().equals(projection)) {
                return candidate.get("deadLetters").asLong();
            }
        }
        throw new AssertionError("no projection " + projection);
    }

    /**
     * Until every segment has reached the newest event. Axon calls a processor "replaying" until it sees an event
     * newer than the reset, so an idle store stays "replaying" after the rebuild is complete.
     */
    private void awaitCaughtUp(String projection) throws InterruptedException {
        long head = db.sql("select max(global_index) from domain_event_entry").query(Long.class).single();
        for (int attempt = 0; attempt < 200; attempt++) {
            for (JsonNode candidate : http.get("/actuator/projections").body()) {
                if (candidate.get("name").asText().equals(projection) && reached(candidate.get("segments"), head)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(projection + " did not catch up after its replay: " + http.get("/actuator/projections").body());
    }

    private static boolean reached(JsonNode segments, long head) {
        if (segments.size() < 4) {
            return false; // not every segment claimed yet
        }
        for (JsonNode segment : segments) {
            if (segment.get("position").isNull() || segment.get("position").asLong() < head) {
                return false;
            }
        }
        return true;
    }
}
