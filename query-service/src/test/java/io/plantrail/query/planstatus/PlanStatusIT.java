package io.plantrail.query.planstatus;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantrail.events.ActionId;
import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.Milestone;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Rag;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.ClosureOutcome;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.action.LeadChanged;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanClosed;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import io.plantrail.query.ForeignAppender;
import io.plantrail.query.HttpJson;
import io.plantrail.query.QueryServiceTest;
import io.plantrail.query.Replay;
import io.plantrail.query.TestClock;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan-status read model on a real PostgreSQL, fed by events another process appended. Today is
 * {@link TestClock#TODAY}, 1 March 2010, the day the board looked at the plan.
 */
@QueryServiceTest
class PlanStatusIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    EventProcessingConfiguration processing;

    private HttpJson http;
    private ForeignAppender store;
    private final PlanId plan = PlanId.random();
    private final ActionId chair = ActionId.random();
    private final ActionId board = ActionId.random();
    private final ActionId tenth = ActionId.random();
    private long lastPosition;

    @BeforeEach
    void planAsTheCommandSideRecordedIt() {
        http = new HttpJson(port);
        store = new ForeignAppender(db);
        store.append("Plan", plan, new PlanCreated(plan, "Improvement Action Plan", "Leeds City Council", "2009/10",
                PlanStatus.ACTIVE));
        store.append("Plan", plan, new StrategicAimAdded(plan, 1, "Effective leadership and governance"));
        store.append("Plan", plan, new StrategicAimAdded(plan, 2, "A highly skilled workforce"));
        store.append("Action", chair, new ActionAdded(chair, plan, "1.10", 1, "Appoint an independent LSCB chair",
                List.of(new Lead("CX", LeadKind.POST)), new Timescale("Jan 2010 – Interim Summer 2010 - Permanent",
                        LocalDate.of(2010, 8, 31), TimescalePrecision.SEASON, List.of(
                        new Milestone("Interim", LocalDate.of(2010, 1, 31), TimescalePrecision.MONTH),
                        new Milestone("Permanent", LocalDate.of(2010, 8, 31), TimescalePrecision.SEASON)))));
        store.append("Action", board, new ActionAdded(board, plan, "1.2", 1, "Strengthen the Children's Trust Board",
                List.of(new Lead("Ken Morton", LeadKind.PERSON), new Lead("Catherine Marchant", LeadKind.PERSON)),
                new Timescale("February 2010", LocalDate.of(2010, 2, 28), TimescalePrecision.MONTH, List.of())));
        store.append("Action", tenth, new ActionAdded(tenth, plan, "2.1", 2, "Workforce strategy", List.of(),
                new Timescale("On-going", null, TimescalePrecision.ONGOING, List.of())));
        store.append("Action", board, new ProgressRecorded(board, plan, "Terms of reference agreed.", Rag.AMBER,
                LocalDate.of(2010, 1, 20), "2009/10 Q4"));
        lastPosition = store.append("Action", board, new ProgressRecorded(board, plan,
                "Membership refreshed; first meeting held.", null, LocalDate.of(2010, 2, 10), null));
    }

    @Test
    void showsAimsWithTheirActionsInRefOrder() {
        JsonNode status = readPlan();

        assertThat(status.get("title").asText()).isEqualTo("Improvement Action Plan");
        assertThat(status.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(status.get("aims")).extracting(aim -> aim.get("title").asText())
                .containsExactly("Effective leadership and governance", "A highly skilled workforce");
        assertThat(status.get("aims").get(0).get("actions")).extracting(a -> a.get("ref").asText())
                .containsExactly("1.2", "1.10");
        assertThat(status.get("aims").get(1).get("actions")).extracting(a -> a.get("ref").asText())
                .containsExactly("2.1");
    }

    @Test
    void showsLeadsTimescaleAndTheLatestUpdateKeepingTheLastRatingGiven() {
        JsonNode action = action(readPlan(), "1.2");

        assertThat(action.get("leads").findValuesAsText("name")).containsExactly("Ken Morton", "Catherine Marchant");
        assertThat(action.get("timescale").get("text").asText()).isEqualTo("February 2010");
        assertThat(action.get("due").asText()).isEqualTo("2010-02-28");
        assertThat(action.get("rag").asText()).isEqualTo("AMBER");
        assertThat(action.get("lastUpdate").get("narrative").asText()).isEqualTo("Membership refreshed; first meeting held.");
        assertThat(action.get("lastUpdate").get("asOf").asText()).isEqualTo("2010-02-10");
        assertThat(Instant.parse(action.get("lastUpdate").get("recorded").asText())).isBefore(Instant.now());
    }

    @Test
    void countsDaysOverdueAgainstTodayAndNeverForActionsWithoutADueDate() {
        JsonNode status = readPlan();

        assertThat(action(status, "1.2").get("daysOverdue").asLong()).isEqualTo(1); // due 28 Feb, today 1 Mar
        assertThat(action(status, "1.10").get("daysOverdue").isNull()).isTrue();
        assertThat(action(status, "2.1").get("daysOverdue").isNull()).isTrue();
        JsonNode totals = status.get("totals");
        assertThat(totals.get("actions").asInt()).isEqualTo(3);
        assertThat(totals.get("overdue").asInt()).isEqualTo(1);
        assertThat(totals.get("byStatus").get("OPEN").asInt()).isEqualTo(3);
        assertThat(totals.get("byRag").get("AMBER").asInt()).isEqualTo(1);
        assertThat(totals.get("byRag").get("NONE").asInt()).isEqualTo(2);
    }

    @Test
    void followsLeadChangesReschedulesClosuresAndReopening() {
        List<Lead> trustBoard = List.of(new Lead("Children's Trust Board", LeadKind.BODY));
        Timescale february = new Timescale("February 2010", LocalDate.of(2010, 2, 28), TimescalePrecision.MONTH, List.of());
        Timescale q1 = new Timescale("Q1 2010/11", LocalDate.of(2010, 6, 30), TimescalePrecision.QUARTER, List.of());
        store.append("Action", board, new LeadChanged(board, plan, List.of(), trustBoard, "Board takes over"));
        store.append("Action", board, new ActionRescheduled(board, plan, february, q1, "Membership review"));
        store.append("Action", tenth, new ActionClosed(tenth, plan, ClosureOutcome.SUPERSEDED, "Folded into 1.2",
                LocalDate.of(2010, 2, 20)));
        store.append("Action", chair, new ActionClosed(chair, plan, ClosureOutcome.COMPLETED, "Chair appointed",
                LocalDate.of(2010, 2, 1)));
        store.append("Action", chair, new ActionReopened(chair, plan, "Chair resigned"));
        lastPosition = store.append("Plan", plan, new PlanClosed(plan, "Superseded by the 2010/11 plan"));

        JsonNode status = readPlan();

        assertThat(status.get("status").asText()).isEqualTo("CLOSED");
        JsonNode boardAction = action(status, "1.2");
        assertThat(boardAction.get("leads").findValuesAsText("name")).containsExactly("Children's Trust Board");
        assertThat(boardAction.get("due").asText()).isEqualTo("2010-06-30");
        assertThat(boardAction.get("timescale").get("text").asText()).isEqualTo("Q1 2010/11");
        assertThat(boardAction.get("daysOverdue").isNull()).isTrue();
        JsonNode superseded = action(status, "2.1");
        assertThat(superseded.get("status").asText()).isEqualTo("CLOSED");
        assertThat(superseded.get("outcome").asText()).isEqualTo("SUPERSEDED");
        assertThat(superseded.get("closedOn").asText()).isEqualTo("2010-02-20");
        JsonNode reopened = action(status, "1.10");
        assertThat(reopened.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.get("outcome").isNull()).isTrue();
        assertThat(status.get("totals").get("byStatus").get("CLOSED").asInt()).isEqualTo(1);
        assertThat(status.get("totals").get("overdue").asInt()).isZero();
    }

    @Test
    void aReplayFromTheFirstEventRebuildsTheSameAnswer() throws Exception {
        JsonNode before = readPlan();

        Replay.fromTheFirstEvent(processing, PlanStatusProjection.PROCESSING_GROUP);

        assertThat(readPlan()).isEqualTo(before);
    }

    @Test
    void anUnknownPlanIs404() {
        HttpJson.Answer answer = http.get("/api/plans/" + PlanId.random() + "?minPosition=" + lastPosition);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("type").asText()).isEqualTo("urn:plantrail:problem:not-found");
    }

    @Test
    void aPositionNotYetReachedIs503WithRetryAfterAndAMalformedOneIs400() {
        HttpJson.Answer behind = http.get("/api/plans/" + plan + "?minPosition=" + (lastPosition + 1_000_000));
        HttpJson.Answer malformed = http.get("/api/plans/" + plan + "?minPosition=soon");

        assertThat(behind.status()).isEqualTo(503);
        assertThat(behind.header("Retry-After")).isEqualTo("1");
        assertThat(behind.body().get("type").asText()).isEqualTo("urn:plantrail:problem:projections-behind");
        assertThat(malformed.status()).isEqualTo(400);
    }

    private JsonNode readPlan() {
        HttpJson.Answer answer = http.get("/api/plans/" + plan + "?minPosition=" + lastPosition);
        assertThat(answer.status()).as("GET plan: %s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode action(JsonNode status, String ref) {
        for (JsonNode aim : status.get("aims")) {
            for (JsonNode action : aim.get("actions")) {
                if (action.get("ref").asText().equals(ref)) {
                    return action;
                }
            }
        }
        throw new AssertionError("No action " + ref + " in " + status);
    }
}
