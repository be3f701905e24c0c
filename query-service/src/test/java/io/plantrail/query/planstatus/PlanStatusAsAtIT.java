package io.plantrail.query.planstatus;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import io.plantrail.query.ForeignAppender;
import io.plantrail.query.HttpJson;
import io.plantrail.query.QueryServiceTest;
import io.plantrail.query.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a plan through ten weeks of updates in 2010, with the service's clock following along, captures what
 * every endpoint that reads a plan (status, action, list, overdue report, slippage ledger, histories) answered
 * live at the end of each week, and then asks again with {@code asOf}: the answers must be identical.
 */
@QueryServiceTest
class PlanStatusAsAtIT {

    static final Instant START = Instant.parse("2010-01-04T09:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    TestClock.Moving clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void everyAnswerAsAtAPastInstantEqualsTheLiveAnswerThen() {
        HttpJson http = new HttpJson(port);
        ForeignAppender store = new ForeignAppender(db);
        PlanId plan = PlanId.random();
        ActionId chair = ActionId.random();
        ActionId handbook = ActionId.random();
        Timescale february = new Timescale("February 2010", LocalDate.of(2010, 2, 28), TimescalePrecision.MONTH, List.of());
        Timescale april = new Timescale("April 2010", LocalDate.of(2010, 4, 30), TimescalePrecision.MONTH, List.of());

        Map<Instant, Map<String, JsonNode>> live = new LinkedHashMap<>();
        List<Runnable> weeks = List.of(
                () -> {
                    store.append("Plan", plan, new PlanCreated(plan, "Improvement Action Plan", "Leeds City Council",
                            "2009/10", PlanStatus.DRAFT), at(0));
                    store.append("Plan", plan, new StrategicAimAdded(plan, 1, "Leadership and governance"), at(0));
                    store.append("Action", chair, new ActionAdded(chair, plan, "1.1", 1, "Appoint an LSCB chair",
                            List.of(new Lead("CX", LeadKind.POST)), february), at(0));
                },
                () -> store.append("Plan", plan, new PlanActivated(plan), at(1)),
                () -> store.append("Action", handbook, new ActionAdded(handbook, plan, "1.2", 1, "Relaunch the handbook",
                        List.of(), new Timescale("TBC", null, TimescalePrecision.TBC, List.of())), at(2)),
                () -> store.append("Action", chair, new ProgressRecorded(chair, plan, "Shortlist agreed", Rag.AMBER,
                        day(3), "2009/10 Q4"), at(3)),
                () -> store.append("Action", chair, new LeadChanged(chair, plan, List.of(new Lead("CX", LeadKind.POST)),
                        List.of(new Lead("Children's Trust Board", LeadKind.BODY)), "Board takes over"), at(4)),
                () -> { }, // a quiet week: the chair's action falls overdue on 1 March
                () -> store.append("Action", chair, new ActionRescheduled(chair, plan, february, april,
                        "Interviews postponed"), at(6)),
                () -> store.append("Action", chair, new ActionClosed(chair, plan, ClosureOutcome.COMPLETED,
                        "Chair appointed", day(7)), at(7)),
                () -> store.append("Action", chair, new ActionReopened(chair, plan, "Chair withdrew"), at(8)),
                () -> store.append("Action", chair, new ProgressRecorded(chair, plan, "Advert re-run", Rag.RED,
                        day(9), null), at(9)));

        long position = 0;
        for (int week = 0; week < weeks.size(); week++) {
            weeks.get(week).run();
            Instant endOfWeek = at(week).plus(Duration.ofDays(6));
            clock.set(endOfWeek);
            position = Math.max(position, lastPosition());
            live.put(endOfWeek, answers(http, plan, chair, handbook, "?minPosition=" + position));
        }

        assertThat(live.values()).extracting(answers -> answers.get("plan").get("status").asText())
                .containsSubsequence("DRAFT", "ACTIVE");
        for (Map.Entry<Instant, Map<String, JsonNode>> week : live.entrySet()) {
            Map<String, JsonNode> asAt = answers(http, plan, chair, handbook, "?asOf=" + week.getKey());
            assertThat(asAt).as("answers as at %s", week.getKey()).isEqualTo(week.getValue());
        }
    }

    @Test
    void changesBetweenTwoInstantsListWhatWasReRatedReLedRescheduledClosedAndReopened() {
        HttpJson http = new HttpJson(port);
        ForeignAppender store = new ForeignAppender(db);
        PlanId plan = PlanId.random();
        ActionId chair = ActionId.random();
        Timescale february = new Timescale("February 2010", LocalDate.of(2010, 2, 28), TimescalePrecision.MONTH, List.of());
        Timescale april = new Timescale("April 2010", LocalDate.of(2010, 4, 30), TimescalePrecision.MONTH, List.of());
        store.append("Plan", plan, new PlanCreated(plan, "Improvement Action Plan", "Leeds City Council", "2009/10",
                PlanStatus.ACTIVE), at(0));
        store.append("Plan", plan, new StrategicAimAdded(plan, 1, "Leadership"), at(0));
        store.append("Action", chair, new ActionAdded(chair, plan, "1.1", 1, "Appoint an LSCB chair", List.of(),
                february), at(0));
        store.append("Action", chair, new ProgressRecorded(chair, plan, "Shortlist", Rag.GREEN, day(1), null), at(1));
        store.append("Action", chair, new ProgressRecorded(chair, plan, "Slipping", Rag.AMBER, day(2), null), at(2));
        store.append("Action", chair, new ProgressRecorded(chair, plan, "Still slipping", Rag.AMBER, day(3), null), at(3));
        store.append("Action", chair, new LeadChanged(chair, plan, List.of(),
                List.of(new Lead("Children's Trust Board", LeadKind.BODY)), "Board takes over"), at(4));
        store.append("Action", chair, new ActionRescheduled(chair, plan, february, april, "Interviews postponed"), at(5));
        store.append("Action", chair, new ActionClosed(chair, plan, ClosureOutcome.COMPLETED, "Appointed", day(6)), at(6));
        long position = store.append("Action", chair, new ActionReopened(chair, plan, "Withdrew"), at(7));

        JsonNode changes = http.get("/api/plans/" + plan + "/changes?from=" + at(1) + "&to=" + at(6)
                + "&minPosition=" + position).body();

        assertThat(changes.get("added")).isEmpty(); // added before the window
        assertThat(changes.get("reRated")).hasSize(1); // GREEN -> AMBER; AMBER again is no re-rating
        assertThat(changes.get("reRated").get(0).get("before").asText()).isEqualTo("GREEN");
        assertThat(changes.get("reRated").get(0).get("after").asText()).isEqualTo("AMBER");
        assertThat(changes.get("reLed").get(0).get("reason").asText()).isEqualTo("Board takes over");
        assertThat(changes.get("rescheduled").get(0).get("after").asText()).isEqualTo("2010-04-30 (April 2010)");
        assertThat(changes.get("closed").get(0).get("ref").asText()).isEqualTo("1.1");
        assertThat(changes.get("reopened")).isEmpty(); // after the window
        assertThat(http.get("/api/plans/" + plan + "/changes?from=" + at(6) + "&to=" + at(1)).status()).isEqualTo(400);
        assertThat(http.get("/api/plans/" + PlanId.random() + "/changes?from=" + at(1)).status()).isEqualTo(404);
    }

    @Test
    void aDateMeansTheEndOfThatDayAndBeforeThePlanExistedItIsNotFound() {
        HttpJson http = new HttpJson(port);
        ForeignAppender store = new ForeignAppender(db);
        PlanId plan = PlanId.random();
        store.append("Plan", plan, new PlanCreated(plan, "Scorecard", "Leeds City Council", "2011/12",
                PlanStatus.ACTIVE), Instant.parse("2011-10-05T16:00:00Z"));
        long position = store.append("Plan", plan, new StrategicAimAdded(plan, 1, "Outcomes"),
                Instant.parse("2011-10-06T08:00:00Z"));

        JsonNode fifth = http.get("/api/plans/" + plan + "?asOf=2011-10-05&minPosition=" + position).body();
        HttpJson.Answer before = http.get("/api/plans/" + plan + "?asOf=2011-10-04");
        HttpJson.Answer malformed = http.get("/api/plans/" + plan + "?asOf=last-tuesday");

        assertThat(fifth.get("title").asText()).isEqualTo("Scorecard");
        assertThat(fifth.get("aims")).isEmpty();
        assertThat(before.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
    }

    private static Map<String, JsonNode> answers(HttpJson http, PlanId plan, ActionId chair, ActionId handbook,
                                                 String query) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        answers.put("plan", ok(http.get("/api/plans/" + plan + query)));
        answers.put("chair", ok(http.get("/api/actions/" + chair + query)));
        HttpJson.Answer handbookAnswer = http.get("/api/actions/" + handbook + query);
        answers.put("handbook", handbookAnswer.status() == 404 ? null : ok(handbookAnswer));
        List<JsonNode> ours = new ArrayList<>();
        ok(http.get("/api/plans" + query)).forEach(summary -> {
            if (summary.get("id").asText().equals(plan.toString())) {
                ours.add(summary);
            }
        });
        answers.put("list", ours.isEmpty() ? null : ours.get(0));
        String and = "&" + query.substring(1);
        answers.put("overdue", ok(http.get("/api/reports/overdue?plan=" + plan + and)));
        answers.put("slippage", ok(http.get("/api/reports/slippage?plan=" + plan + and)));
        answers.put("actionHistory", ok(http.get("/api/actions/" + chair + "/history" + query)));
        answers.put("planHistory", ok(http.get("/api/plans/" + plan + "/history" + query)));
        return answers;
    }

    private static JsonNode ok(HttpJson.Answer answer) {
        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    private long lastPosition() {
        return db.sql("select max(global_index) from domain_event_entry").query(Long.class).single();
    }

    private static Instant at(int week) {
        return START.plus(Duration.ofDays(7L * week));
    }

    private static LocalDate day(int week) {
        return at(week).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
