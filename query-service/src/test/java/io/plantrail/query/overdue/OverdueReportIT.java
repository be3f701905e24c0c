package io.plantrail.query.overdue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.plantrail.events.ActionId;
import io.plantrail.events.ClosureOutcome;
import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.action.LeadChanged;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import io.plantrail.query.ForeignAppender;
import io.plantrail.query.HttpJson;
import io.plantrail.query.QueryServiceTest;
import io.plantrail.query.Replay;
import io.plantrail.query.SeedPlan;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The overdue report over the 2009/10 plan, recorded today but asked about the days the plan lived through.
 * Due dates (domain.md): 1.8 February 2010 = 28 Feb; 1.2 (early 2010), 1.4 and 3.2 (April 2010) = 30 Apr;
 * 2.1 June 2010 = 30 Jun; 1.1 (Summer 2010, its last milestone) and 1.3 (Aug 2010) = 31 Aug. The other 17
 * actions are TBC or On-going and have no due date.
 */
@QueryServiceTest
class OverdueReportIT {

    static final LocalDate BOARD_DAY = LocalDate.of(2010, 3, 1);
    static final LocalDate SEPTEMBER = LocalDate.of(2010, 9, 1);
    static final LocalDate NEW_YEAR = LocalDate.of(2011, 1, 1);

    /** Only 1.8 falls due before 1 March 2010. */
    static final List<String> OVERDUE_ON_BOARD_DAY = List.of("1.8");
    /** Every dated action is due by 31 August 2010, so from 1 September all seven are overdue. */
    static final List<String> OVERDUE_FROM_SEPTEMBER = List.of("1.1", "1.2", "1.3", "1.4", "1.8", "2.1", "3.2");
    static final List<String> TBC = List.of("1.5", "1.6", "1.7", "2.2", "2.3", "2.4", "4.1", "4.4", "4.5", "4.6");
    static final List<String> ON_GOING = List.of("3.1", "3.3", "4.2", "4.3", "5.1", "5.2", "5.3");
    static final List<String> NO_DUE_DATE = List.of("1.5", "1.6", "1.7", "2.2", "2.3", "2.4", "3.1", "3.3", "4.1",
            "4.2", "4.3", "4.4", "4.5", "4.6", "5.1", "5.2", "5.3");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    EventProcessingConfiguration processing;

    private HttpJson http;
    private ForeignAppender store;
    private SeedPlan seed;
    private long lastPosition;

    @BeforeEach
    void theImportedPlan() {
        http = new HttpJson(port);
        store = new ForeignAppender(db);
        seed = SeedPlan.append(store);
        lastPosition = seed.lastPosition();
    }

    @Test
    void theSeedPlanHasItsTwentyFourActionsEachInOneSection() {
        JsonNode report = report(SEPTEMBER, "");

        assertThat(seed.actions()).hasSize(24);
        assertThat(refs(report.get("overdue")).size() + refs(report.get("noDueDate")).size()).isEqualTo(24);
        assertThat(NO_DUE_DATE).containsExactlyInAnyOrderElementsOf(concat(TBC, ON_GOING));
    }

    @Test
    void onTheBoardDayOnlyTheBudgetRealignmentIsOverdue() {
        JsonNode report = report(BOARD_DAY, "");

        assertThat(report.get("on").asText()).isEqualTo("2010-03-01");
        assertThat(refs(report.get("overdue"))).isEqualTo(OVERDUE_ON_BOARD_DAY);
        JsonNode budget = report.get("overdue").get(0);
        assertThat(budget.get("planId").asText()).isEqualTo(seed.plan().toString());
        assertThat(budget.get("planTitle").asText()).isEqualTo(seed.title());
        assertThat(budget.get("aim").asInt()).isEqualTo(1);
        assertThat(budget.get("title").asText())
                .isEqualTo("Consider requirements for budget realignment to support delivery of children's services priorities");
        assertThat(budget.get("leads").findValuesAsText("name")).containsExactly("CX", "ACE");
        assertThat(budget.get("due").asText()).isEqualTo("2010-02-28");
        assertThat(budget.get("daysOverdue").asLong()).isEqualTo(1);
        assertThat(budget.get("timescale").get("text").asText()).isEqualTo("February 2010");
        assertThat(report.get("dueWithin").isNull()).isTrue();
        assertThat(report.get("stale").isNull()).isTrue();
    }

    @Test
    void fromSeptemberAllSevenDatedActionsAreOverdueCountedFromTheirOwnDueDates() {
        JsonNode september = report(SEPTEMBER, "");
        JsonNode newYear = report(NEW_YEAR, "");

        assertThat(refs(september.get("overdue"))).isEqualTo(OVERDUE_FROM_SEPTEMBER);
        assertThat(refs(newYear.get("overdue"))).isEqualTo(OVERDUE_FROM_SEPTEMBER);
        assertThat(daysOverdue(september)).containsExactly(entry("1.1", 1L), entry("1.2", 124L), entry("1.3", 1L),
                entry("1.4", 124L), entry("1.8", 185L), entry("2.1", 63L), entry("3.2", 124L));
        assertThat(daysOverdue(newYear)).containsExactly(entry("1.1", 123L), entry("1.2", 246L), entry("1.3", 123L),
                entry("1.4", 246L), entry("1.8", 307L), entry("2.1", 185L), entry("3.2", 246L));
    }

    @Test
    void onGoingAndTbcActionsAreListedApartOnEveryDateAndNeverOverdue() {
        for (LocalDate on : List.of(BOARD_DAY, SEPTEMBER, NEW_YEAR)) {
            JsonNode report = report(on, "");

            assertThat(refs(report.get("noDueDate"))).as("on %s", on).isEqualTo(NO_DUE_DATE);
            assertThat(refs(report.get("overdue"))).as("on %s", on).doesNotContainAnyElementsOf(NO_DUE_DATE);
        }
        JsonNode workforce = item(report(NEW_YEAR, "").get("noDueDate"), "2.2");
        assertThat(workforce.get("timescale").get("precision").asText()).isEqualTo("TBC");
        assertThat(workforce.get("leads")).isEmpty();
        assertThat(workforce.get("due").isNull()).isTrue();
        assertThat(workforce.get("daysOverdue").isNull()).isTrue();
        assertThat(item(report(NEW_YEAR, "").get("noDueDate"), "5.1").get("timescale").get("precision").asText())
                .isEqualTo("ONGOING");
    }

    @Test
    void withoutAReferenceDateTheReportIsForTodayByTheInjectedClock() {
        JsonNode report = get("/api/reports/overdue?plan=" + seed.plan());

        assertThat(report.get("on").asText()).isEqualTo("2010-03-01");
        assertThat(refs(report.get("overdue"))).isEqualTo(OVERDUE_ON_BOARD_DAY);
    }

    @Test
    void aClosureChangesTheAnswerOnlyFromItsClosedOnDate() {
        close("1.8", LocalDate.of(2010, 6, 15));
        close("1.4", SEPTEMBER);

        JsonNode boardDay = report(BOARD_DAY, "");
        assertThat(refs(boardDay.get("overdue"))).isEqualTo(OVERDUE_ON_BOARD_DAY);
        assertThat(boardDay.get("overdue").get(0).get("closedOn").asText()).isEqualTo("2010-06-15");
        assertThat(refs(report(LocalDate.of(2010, 8, 31), "").get("overdue"))).containsExactly("1.2", "1.4", "2.1", "3.2");
        assertThat(refs(report(SEPTEMBER, "").get("overdue"))).containsExactly("1.1", "1.2", "1.3", "2.1", "3.2");
        assertThat(refs(report(NEW_YEAR, "").get("overdue"))).containsExactly("1.1", "1.2", "1.3", "2.1", "3.2");
    }

    @Test
    void reopeningPutsTheActionBackAndOnlyTheClosureInForceCounts() {
        close("1.8", LocalDate.of(2010, 6, 15));
        lastPosition = store.append("Action", seed.action("1.8"), new ActionReopened(seed.action("1.8"), seed.plan(),
                "Budget realignment was not agreed by Executive Board"));

        JsonNode september = report(SEPTEMBER, "");
        assertThat(refs(september.get("overdue"))).isEqualTo(OVERDUE_FROM_SEPTEMBER);
        JsonNode reopened = item(september.get("overdue"), "1.8");
        assertThat(reopened.get("closedOn").isNull()).isTrue();
        assertThat(reopened.get("withdrawnClosures")).extracting(JsonNode::asText).containsExactly("2010-06-15");

        close("1.8", LocalDate.of(2010, 12, 1));

        assertThat(refs(report(SEPTEMBER, "").get("overdue"))).isEqualTo(OVERDUE_FROM_SEPTEMBER);
        assertThat(refs(report(NEW_YEAR, "").get("overdue"))).containsExactly("1.1", "1.2", "1.3", "1.4", "2.1", "3.2");
    }

    @Test
    void closedActionsLeaveEverySectionFromTheirClosedOnDate() {
        close("3.1", LocalDate.of(2010, 5, 1));

        assertThat(refs(report(BOARD_DAY, "&staleDays=0").get("noDueDate"))).contains("3.1");
        assertThat(refs(report(SEPTEMBER, "&staleDays=0").get("noDueDate"))).doesNotContain("3.1");
        assertThat(refs(report(SEPTEMBER, "&staleDays=0").get("stale"))).doesNotContain("3.1").hasSize(23);
    }

    @Test
    void aRescheduleMovesTheDueDateForEveryReferenceDate() {
        Timescale june = new Timescale("June 2010", LocalDate.of(2010, 6, 30), TimescalePrecision.MONTH, List.of());
        Timescale march = new Timescale("March 2011", LocalDate.of(2011, 3, 31), TimescalePrecision.MONTH, List.of());
        lastPosition = store.append("Action", seed.action("2.1"), new ActionRescheduled(seed.action("2.1"),
                seed.plan(), june, march, "Workforce strategy waits for the review"));

        assertThat(refs(report(SEPTEMBER, "").get("overdue"))).containsExactly("1.1", "1.2", "1.3", "1.4", "1.8", "3.2");
        assertThat(refs(report(LocalDate.of(2011, 4, 1), "").get("overdue"))).isEqualTo(OVERDUE_FROM_SEPTEMBER);
    }

    @Test
    void theLeadFilterMatchesAnyCurrentLeadWhateverItsCase() {
        // 1.2 names its lead "interim DCS"; the others "Interim DCS".
        JsonNode interim = report(SEPTEMBER, "&lead=" + encode("INTERIM dcs"));
        assertThat(refs(interim.get("overdue"))).containsExactly("1.2", "1.3", "1.4", "3.2");
        assertThat(refs(interim.get("noDueDate"))).containsExactly("1.5", "1.6", "1.7");
        assertThat(interim.get("lead").asText()).isEqualTo("INTERIM dcs");

        lastPosition = store.append("Action", seed.action("1.3"), new LeadChanged(seed.action("1.3"), seed.plan(),
                List.of(new Lead("Interim DCS", LeadKind.POST)), List.of(new Lead("Jackie Wilson", LeadKind.PERSON)),
                "Locality accountability moves to social care"));

        assertThat(refs(report(SEPTEMBER, "&lead=" + encode("interim dcs")).get("overdue")))
                .containsExactly("1.2", "1.4", "3.2");
        JsonNode jackie = report(SEPTEMBER, "&lead=" + encode("jackie wilson"));
        assertThat(refs(jackie.get("overdue"))).containsExactly("1.3");
        assertThat(refs(jackie.get("noDueDate"))).containsExactly("2.3", "2.4", "3.1", "5.1", "5.2", "5.3");
        assertThat(refs(report(SEPTEMBER, "&lead=Nobody").get("overdue"))).isEmpty();
    }

    @Test
    void thePlanFilterKeepsOtherPlansOutAndWithoutItEveryPlanIsReported() {
        String lead = "Lead " + ActionId.random();
        PlanId other = otherPlanWithAnOverdueAction("2.1", "Recruit twelve advanced practitioners", lead);

        JsonNode seedOnly = report(SEPTEMBER, "&lead=" + encode(lead));
        JsonNode otherOnly = get("/api/reports/overdue?on=2010-09-01&plan=" + other);
        JsonNode everyPlan = get("/api/reports/overdue?on=2010-09-01&lead=" + encode(lead.toUpperCase()));

        assertThat(seedOnly.get("overdue")).isEmpty();
        assertThat(refs(otherOnly.get("overdue"))).containsExactly("2.1");
        assertThat(otherOnly.get("overdue").get(0).get("planTitle").asText()).isEqualTo("Workforce plan, 2010");
        assertThat(everyPlan.get("overdue")).extracting(item -> item.get("planId").asText())
                .containsExactly(other.toString());
        assertThat(get("/api/reports/overdue?on=2010-09-01").get("overdue"))
                .extracting(item -> item.get("planId").asText()).contains(seed.plan().toString(), other.toString());
    }

    @Test
    void dueWithinListsOpenActionsDueFromTheReferenceDateToTheLastDayOfTheWindow() {
        JsonNode sixtyDays = report(BOARD_DAY, "&dueWithin=60");
        JsonNode fiftyNine = report(BOARD_DAY, "&dueWithin=59");
        JsonNode toAugust = report(BOARD_DAY, "&dueWithin=183");

        assertThat(refs(sixtyDays.get("dueWithin"))).containsExactly("1.2", "1.4", "3.2");
        assertThat(sixtyDays.get("dueWithinDays").asInt()).isEqualTo(60);
        assertThat(item(sixtyDays.get("dueWithin"), "1.4").get("daysUntilDue").asLong()).isEqualTo(60);
        assertThat(fiftyNine.get("dueWithin")).isEmpty();
        assertThat(refs(toAugust.get("dueWithin"))).containsExactly("1.1", "1.2", "1.3", "1.4", "2.1", "3.2");
        JsonNode newDcs = item(toAugust.get("dueWithin"), "1.1");
        assertThat(newDcs.get("passedMilestones")).extracting(m -> m.get("label").asText()).containsExactly("Interim");
        assertThat(newDcs.get("passedMilestones").get(0).get("due").asText()).isEqualTo("2010-01-31");
        assertThat(refs(toAugust.get("overdue"))).isEqualTo(OVERDUE_ON_BOARD_DAY);
    }

    @Test
    void staleListsOpenActionsWithNoProgressDatedInTheWindowBeforeTheReferenceDate() {
        progress("1.3", LocalDate.of(2010, 2, 20));
        progress("1.4", LocalDate.of(2010, 5, 1)); // later than 1 March: does not count then
        close("5.3", LocalDate.of(2010, 4, 1));

        JsonNode twentyEight = report(BOARD_DAY, "&staleDays=28");
        List<String> allBut13 = new ArrayList<>(seed.actions().keySet());
        allBut13.remove("1.3");
        assertThat(refs(twentyEight.get("stale"))).isEqualTo(allBut13);
        JsonNode children = item(twentyEight.get("stale"), "1.4");
        assertThat(children.get("lastProgress").asText()).isEqualTo("2010-01-31");
        assertThat(children.get("daysWithoutProgress").asLong()).isEqualTo(29);
        assertThat(report(BOARD_DAY, "&staleDays=29").get("stale")).isEmpty();

        List<String> mayStale = new ArrayList<>(seed.actions().keySet());
        mayStale.removeAll(List.of("1.4", "5.3"));
        assertThat(refs(report(LocalDate.of(2010, 5, 1), "&staleDays=60").get("stale"))).isEqualTo(mayStale);
    }

    @Test
    void csvGivesTheSameReportOneRecordPerListedActionWithItsSection() throws IOException {
        JsonNode json = report(SEPTEMBER, "&dueWithin=30&staleDays=90");
        HttpResponse<String> csv = http.raw(path(SEPTEMBER, "&dueWithin=30&staleDays=90"), "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("section,planId,planTitle,aim,ref,").contains("\r\n");
        List<Map<String, String>> rows = parse(csv.body());
        List<String> expected = new ArrayList<>();
        for (String section : List.of("overdue", "dueWithin", "noDueDate", "stale")) {
            json.get(section).forEach(item -> expected.add(section + " " + item.get("ref").asText() + " "
                    + item.get("title").asText() + " " + item.get("due").asText("") + " "
                    + item.get("daysOverdue").asText("")));
        }
        assertThat(rows).extracting(row -> row.get("section") + " " + row.get("ref") + " " + row.get("title") + " "
                + row.get("due") + " " + row.get("daysOverdue")).isEqualTo(expected);
        assertThat(rows).hasSize(7 + 17 + 24);
        Map<String, String> leadership = rows.stream().filter(row -> row.get("ref").equals("1.2")).findFirst().orElseThrow();
        assertThat(leadership.get("leads")).isEqualTo("CX; ACE; interim DCS");
        assertThat(leadership.get("planTitle")).isEqualTo(seed.title());
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws IOException {
        String title = "Review the \"front door\", then report\r\nto Scrutiny Board";
        PlanId other = otherPlanWithAnOverdueAction("1.1", title, "CX");

        HttpResponse<String> csv = http.raw("/api/reports/overdue?on=2010-09-01&plan=" + other
                + "&minPosition=" + lastPosition, "text/csv");

        assertThat(csv.body()).contains("\"Review the \"\"front door\"\", then report\r\nto Scrutiny Board\"");
        assertThat(csv.body()).contains(",\"Workforce plan, 2010\",");
        List<Map<String, String>> rows = parse(csv.body());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("title")).isEqualTo(title);
        assertThat(rows.get(0).get("planTitle")).isEqualTo("Workforce plan, 2010");
    }

    @Test
    void badParametersAre400NamingTheParameterAndAnUnknownPlanIs404() {
        Map<String, String> bad = Map.of("on=2010-02-30", "on", "on=yesterday", "on", "plan=plan-1", "plan",
                "dueWithin=-1", "dueWithin", "dueWithin=ten", "dueWithin", "staleDays=99999999999", "staleDays",
                "lead=%20", "lead");
        bad.forEach((query, parameter) -> {
            HttpJson.Answer answer = http.get("/api/reports/overdue?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.body().get("type").asText()).isEqualTo("urn:plantrail:problem:invalid-input");
            assertThat(answer.body().get("errors").get(0).get("field").asText()).as(query).isEqualTo(parameter);
        });
        assertThat(http.raw("/api/reports/overdue?on=2010-02-30", "text/csv").statusCode()).isEqualTo(400);

        HttpJson.Answer unknown = http.get("/api/reports/overdue?plan=" + PlanId.random());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asText()).isEqualTo("urn:plantrail:problem:not-found");
    }

    @Test
    void aReplayFromTheFirstEventGivesIdenticalAnswers() {
        close("1.8", LocalDate.of(2010, 6, 15));
        lastPosition = store.append("Action", seed.action("1.8"), new ActionReopened(seed.action("1.8"), seed.plan(),
                "Not agreed"));
        close("1.8", LocalDate.of(2010, 12, 1));
        progress("1.3", LocalDate.of(2010, 2, 20));
        List<String> queries = List.of(path(BOARD_DAY, "&dueWithin=60&staleDays=28"),
                path(SEPTEMBER, "&dueWithin=30&staleDays=90"), path(NEW_YEAR, "&staleDays=0"));
        List<JsonNode> before = queries.stream().map(this::get).toList();
        // A row no event explains: the replay must start from empty tables, not only re-apply events.
        db.sql("""
                insert into overdue_action (action_id, plan_id, ref, aim, title, leads, timescale, due, seq)
                values (?, ?, '9.9', 9, 'Stray', '[]', '{"text": "Jan 2010", "milestones": []}', '2010-01-31', 0)""")
                .param(ActionId.random().value()).param(seed.plan().value()).update();
        assertThat(refs(get(queries.get(0)).get("overdue"))).contains("9.9");

        Replay.fromTheFirstEvent(processing, OverdueProjection.PROCESSING_GROUP);

        assertThat(queries.stream().map(this::get).toList()).isEqualTo(before);
        assertThat(refs(before.get(2).get("overdue"))).containsExactly("1.1", "1.2", "1.3", "1.4", "2.1", "3.2");
    }

    private PlanId otherPlanWithAnOverdueAction(String ref, String title, String lead) {
        PlanId other = PlanId.random();
        ActionId action = ActionId.random();
        store.append("Plan", other, new PlanCreated(other, "Workforce plan, 2010", "Leeds City Council", "2010/11",
                PlanStatus.ACTIVE));
        store.append("Plan", other, new StrategicAimAdded(other, Integer.parseInt(ref.substring(0, 1)), "Workforce"));
        lastPosition = store.append("Action", action, new ActionAdded(action, other, ref,
                Integer.parseInt(ref.substring(0, 1)), title, List.of(new Lead(lead, LeadKind.PERSON)),
                new Timescale("May 2010", LocalDate.of(2010, 5, 31), TimescalePrecision.MONTH, List.of())));
        return other;
    }

    private void close(String ref, LocalDate closedOn) {
        lastPosition = store.append("Action", seed.action(ref), new ActionClosed(seed.action(ref), seed.plan(),
                ClosureOutcome.COMPLETED, "Done", closedOn));
    }

    private void progress(String ref, LocalDate asOf) {
        lastPosition = store.append("Action", seed.action(ref), new ProgressRecorded(seed.action(ref), seed.plan(),
                "Further progress", null, asOf, null));
    }

    private JsonNode report(LocalDate on, String more) {
        return get(path(on, more));
    }

    private String path(LocalDate on, String more) {
        return "/api/reports/overdue?plan=" + seed.plan() + "&on=" + on + more;
    }

    private JsonNode get(String path) {
        HttpJson.Answer answer = http.get(path + "&minPosition=" + lastPosition);
        assertThat(answer.status()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static List<String> refs(JsonNode section) {
        List<String> refs = new ArrayList<>();
        section.forEach(item -> refs.add(item.get("ref").asText()));
        return refs;
    }

    private static Map<String, Long> daysOverdue(JsonNode report) {
        Map<String, Long> days = new LinkedHashMap<>();
        report.get("overdue").forEach(item -> days.put(item.get("ref").asText(), item.get("daysOverdue").asLong()));
        return days;
    }

    private static JsonNode item(JsonNode section, String ref) {
        for (JsonNode item : section) {
            if (item.get("ref").asText().equals(ref)) {
                return item;
            }
        }
        throw new AssertionError("No " + ref + " in " + section);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<Map<String, String>> parse(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }
}
