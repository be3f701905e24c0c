package io.plantrail.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.events.ActionId;
import io.plantrail.events.ClosureOutcome;
import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Rag;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.action.LeadChanged;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanActivated;
import io.plantrail.events.plan.PlanClosed;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import io.plantrail.query.ForeignAppender;
import io.plantrail.query.HttpJson;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan with two actions and a year of changes by two people, appended from outside the process with fresh ids, and
 * reads over HTTP that wait for the projections to have taken the last event in.
 */
final class AuditTrailFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Timescale FEBRUARY = new Timescale("February 2010", LocalDate.of(2010, 2, 28),
            TimescalePrecision.MONTH, List.of());
    static final Timescale Q1 = new Timescale("Q1 2010/11", LocalDate.of(2010, 6, 30), TimescalePrecision.QUARTER,
            List.of());
    static final List<Lead> KEN = List.of(new Lead("Ken Morton", LeadKind.PERSON));
    static final List<Lead> TRUST_BOARD = List.of(new Lead("Children's Trust Board", LeadKind.BODY));
    static final String REOPEN_REASON = "Review found \"gaps\", see minutes\nof 30 June";
    /** Every event of the plan, by label, in the order they are appended. */
    static final String[] ALL = {"p0", "p1", "a0", "b0", "p2", "a1", "a2", "a3", "a4", "a5", "a6", "p3"};

    final PlanId plan = PlanId.random();
    final ActionId board = ActionId.random();
    final ActionId workforce = ActionId.random();
    final HttpJson http;
    private final ForeignAppender store;
    /** Global positions of the fixture's events, by label. */
    private final Map<String, Long> at = new HashMap<>();
    private long lastPosition;

    AuditTrailFixture(JdbcClient db, int port) {
        this.store = new ForeignAppender(db);
        this.http = new HttpJson(port);
        append("p0", "Plan", plan, new PlanCreated(plan, "Improvement Action Plan", "Leeds City Council", "2009/10",
                PlanStatus.DRAFT), "catherine", "2010-01-04T09:00:00Z");
        append("p1", "Plan", plan, new StrategicAimAdded(plan, 1, "Effective leadership and governance"), "catherine",
                "2010-01-04T09:05:00Z");
        append("a0", "Action", board, new ActionAdded(board, plan, "1.2", 1, "Strengthen the Children's Trust Board",
                KEN, FEBRUARY), "catherine", "2010-01-04T09:10:00Z");
        append("b0", "Action", workforce, new ActionAdded(workforce, plan, "1.3", 1, "Workforce strategy", List.of(),
                new Timescale("On-going", null, TimescalePrecision.ONGOING, List.of())), "catherine",
                "2010-01-04T09:15:00Z");
        append("p2", "Plan", plan, new PlanActivated(plan), "catherine", "2010-01-05T10:00:00Z");
        append("a1", "Action", board, new ProgressRecorded(board, plan, "Terms of reference agreed.", Rag.AMBER,
                LocalDate.of(2010, 1, 20), "2009/10 Q4"), "ken", "2010-01-21T16:00:00Z");
        append("a2", "Action", board, new ProgressRecorded(board, plan, "Members named, \"first\" meeting held.",
                null, LocalDate.of(2010, 2, 10), null), "ken", "2010-02-11T08:30:00Z");
        append("a3", "Action", board, new LeadChanged(board, plan, KEN, TRUST_BOARD, "Board takes over"), "catherine",
                "2010-02-15T12:00:00Z");
        append("a4", "Action", board, new ActionRescheduled(board, plan, FEBRUARY, Q1,
                "Membership review, then sign-off"), "catherine", "2010-02-15T12:05:00Z");
        append("a5", "Action", board, new ActionClosed(board, plan, ClosureOutcome.COMPLETED, "Board in place",
                LocalDate.of(2010, 6, 15)), "ken", "2010-06-16T09:00:00Z");
        append("a6", "Action", board, new ActionReopened(board, plan, REOPEN_REASON), "catherine",
                "2010-07-01T09:00:00Z");
        append("p3", "Plan", plan, new PlanClosed(plan, "Superseded by the 2010/11 plan"), "catherine",
                "2010-07-31T17:00:00Z");
    }

    /** Appends one more event, recorded now by the test actor. */
    void append(String aggregateType, Object id, Object event) {
        lastPosition = store.append(aggregateType, id, event);
    }

    List<Long> at(String... labels) {
        return Arrays.stream(labels).map(at::get).toList();
    }

    long lastPosition() {
        return lastPosition;
    }

    /** GET once the projections have taken every event appended so far; asserts a 200. */
    JsonNode ok(String path) {
        HttpJson.Answer answer = http.get(path + (path.contains("?") ? "&" : "?") + "minPosition=" + lastPosition);
        assertThat(answer.status()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return answer.body();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private void append(String label, String aggregateType, Object id, Object event, String actor, String recorded) {
        // a1 also carries an idempotency key, as a command sent with Idempotency-Key does.
        Map<String, String> metaData = label.equals("a1")
                ? Map.of("actor", actor, "correlationId", "corr-" + label, "idempotencyKey", "key-" + label)
                : Map.of("actor", actor, "correlationId", "corr-" + label);
        lastPosition = store.append(aggregateType, id, event, Instant.parse(recorded), metaData);
        at.put(label, lastPosition);
    }
}
