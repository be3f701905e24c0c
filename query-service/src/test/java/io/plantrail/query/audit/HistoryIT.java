package io.plantrail.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.query.HttpJson;
import io.plantrail.query.QueryServiceTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.plantrail.query.audit.AuditTrailFixture.ALL;
import static io.plantrail.query.audit.AuditTrailFixture.REOPEN_REASON;
import static io.plantrail.query.audit.AuditTrailFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Action and plan histories on a real PostgreSQL, fed by events another process appended: every event in order with
 * its exact before and after, and the same rows again after a replay.
 */
@QueryServiceTest
class HistoryIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    EventProcessingConfiguration processing;

    private AuditTrailFixture trail;

    @BeforeEach
    void aPlanWithTwoActionsAndAYearOfChanges() {
        trail = new AuditTrailFixture(db, port);
    }

    @Test
    void anActionsHistoryShowsEveryEventInOrderWithItsExactBeforeAndAfter() {
        JsonNode history = trail.ok("/api/actions/" + trail.board + "/history");

        assertThat(history.get("actionId").asText()).isEqualTo(trail.board.toString());
        assertThat(history.get("planId").asText()).isEqualTo(trail.plan.toString());
        JsonNode events = history.get("events");
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("ActionAdded", "ProgressRecorded",
                "ProgressRecorded", "LeadChanged", "ActionRescheduled", "ActionClosed", "ActionReopened");
        assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(events).extracting(e -> e.get("position").asLong())
                .containsExactly(trail.at("a0", "a1", "a2", "a3", "a4", "a5", "a6").toArray(Long[]::new));
        assertThat(events).extracting(e -> e.get("actor").asText())
                .containsExactly("catherine", "ken", "ken", "catherine", "catherine", "ken", "catherine");
        assertThat(events.get(1).get("recorded").asText()).isEqualTo("2010-01-21T16:00:00Z");
        assertThat(events).extracting(e -> e.get("reason").isNull() ? null : e.get("reason").asText())
                .containsExactly(null, null, null, "Board takes over", "Membership review, then sign-off",
                        "Board in place", REOPEN_REASON);

        assertThat(events.get(0).get("changes")).isEqualTo(json("""
                [{"field": "ref", "before": null, "after": "1.2"},
                 {"field": "aim", "before": null, "after": 1},
                 {"field": "title", "before": null, "after": "Strengthen the Children's Trust Board"},
                 {"field": "leads", "before": null, "after": [{"name": "Ken Morton", "kind": "PERSON"}]},
                 {"field": "timescale", "before": null, "after": {"text": "February 2010", "due": "2010-02-28",
                                                                  "precision": "MONTH", "milestones": []}},
                 {"field": "status", "before": null, "after": "OPEN"}]"""));
        assertThat(events.get(1).get("changes")).isEqualTo(json("""
                [{"field": "narrative", "before": null, "after": "Terms of reference agreed."},
                 {"field": "rag", "before": null, "after": "AMBER"},
                 {"field": "asOf", "before": null, "after": "2010-01-20"},
                 {"field": "period", "before": null, "after": "2009/10 Q4"}]"""));
        assertThat(events.get(2).get("changes")).as("a narrative-only update keeps AMBER").isEqualTo(json("""
                [{"field": "narrative", "before": "Terms of reference agreed.",
                  "after": "Members named, \\"first\\" meeting held."},
                 {"field": "asOf", "before": "2010-01-20", "after": "2010-02-10"},
                 {"field": "period", "before": "2009/10 Q4", "after": null}]"""));
        assertThat(events.get(3).get("changes")).isEqualTo(json("""
                [{"field": "leads", "before": [{"name": "Ken Morton", "kind": "PERSON"}],
                  "after": [{"name": "Children's Trust Board", "kind": "BODY"}]}]"""));
        assertThat(events.get(4).get("changes")).isEqualTo(json("""
                [{"field": "timescale",
                  "before": {"text": "February 2010", "due": "2010-02-28", "precision": "MONTH", "milestones": []},
                  "after": {"text": "Q1 2010/11", "due": "2010-06-30", "precision": "QUARTER", "milestones": []}}]"""));
        assertThat(events.get(5).get("changes")).isEqualTo(json("""
                [{"field": "status", "before": "OPEN", "after": "CLOSED"},
                 {"field": "outcome", "before": null, "after": "COMPLETED"},
                 {"field": "closedOn", "before": null, "after": "2010-06-15"}]"""));
        assertThat(events.get(6).get("changes")).isEqualTo(json("""
                [{"field": "status", "before": "CLOSED", "after": "OPEN"},
                 {"field": "outcome", "before": "COMPLETED", "after": null},
                 {"field": "closedOn", "before": "2010-06-15", "after": null}]"""));
    }

    @Test
    void anEventCarriesItsCorrelationIdAndIdempotencyKey() {
        JsonNode progress = trail.ok("/api/actions/" + trail.board + "/history").get("events").get(1);

        assertThat(progress.get("correlationId").asText()).isEqualTo("corr-a1");
        assertThat(progress.get("idempotencyKey").asText()).isEqualTo("key-a1");
        assertThat(progress.get("planId").asText()).isEqualTo(trail.plan.toString());
        assertThat(progress.get("actionId").asText()).isEqualTo(trail.board.toString());
        assertThat(UUID.fromString(progress.get("eventId").asText())).isNotNull();
    }

    @Test
    void aPlansHistoryHasItsOwnEventsAndAllItsActionsInStoreOrder() {
        JsonNode history = trail.ok("/api/plans/" + trail.plan + "/history");

        JsonNode events = history.get("events");
        assertThat(history.get("planId").asText()).isEqualTo(trail.plan.toString());
        assertThat(events).extracting(e -> e.get("position").asLong())
                .containsExactly(trail.at(ALL).toArray(Long[]::new));
        String b = trail.board.toString();
        String w = trail.workforce.toString();
        assertThat(events).extracting(e -> e.get("actionId").isNull() ? "plan" : e.get("actionId").asText())
                .containsExactly("plan", "plan", b, w, "plan", b, b, b, b, b, b, "plan");
        assertThat(events.get(0).get("changes")).isEqualTo(json("""
                [{"field": "title", "before": null, "after": "Improvement Action Plan"},
                 {"field": "organisation", "before": null, "after": "Leeds City Council"},
                 {"field": "period", "before": null, "after": "2009/10"},
                 {"field": "status", "before": null, "after": "DRAFT"}]"""));
        assertThat(events.get(1).get("changes")).isEqualTo(json("""
                [{"field": "aim", "before": null,
                  "after": {"number": 1, "title": "Effective leadership and governance"}}]"""));
        assertThat(events.get(4).get("changes")).isEqualTo(json("""
                [{"field": "status", "before": "DRAFT", "after": "ACTIVE"}]"""));
        assertThat(events.get(11).get("changes")).isEqualTo(json("""
                [{"field": "status", "before": "ACTIVE", "after": "CLOSED"}]"""));
        assertThat(events.get(11).get("reason").asText()).isEqualTo("Superseded by the 2010/11 plan");
    }

    @Test
    void aReplayFromTheFirstEventRebuildsTheSameRows() {
        trail.ok("/api/plans/" + trail.plan + "/history");
        List<Map<String, Object>> before = rowsOfPlan();
        // Rows that come back untampered were rebuilt, not merely left alone by "on conflict do nothing".
        db.sql("update audit_event set reason = 'tampered', changes = '[]' where plan_id = ?")
                .param(trail.plan.value()).update();
        StreamingEventProcessor processor = processing
                .eventProcessor(AuditLogProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();

        processor.shutDown();
        processor.resetTokens();
        processor.start();
        trail.ok("/api/plans/" + trail.plan + "/history");

        assertThat(rowsOfPlan()).hasSize(12).isEqualTo(before);
    }

    @Test
    void anUnknownActionOrPlanIs404() {
        for (String path : List.of("/api/actions/" + ActionId.random() + "/history",
                "/api/plans/" + PlanId.random() + "/history", "/api/actions/not-an-id/history")) {
            HttpJson.Answer answer = trail.http.get(path + "?minPosition=" + trail.lastPosition());

            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body().get("type").asText()).isEqualTo("urn:plantrail:problem:not-found");
        }
    }

    private List<Map<String, Object>> rowsOfPlan() {
        return db.sql("""
                        select event_id, position, aggregate_type, aggregate_id, sequence_number, plan_id, action_id,
                               type, recorded, actor, correlation_id, idempotency_key, reason, changes::text as changes
                          from audit_event where plan_id = ? order by position""")
                .param(trail.plan.value())
                .query().listOfRows();
    }
}
