package io.plantrail.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.action.ActionEvent;
import io.plantrail.events.plan.PlanEvent;
import io.plantrail.query.HttpJson;
import io.plantrail.query.QueryServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.plantrail.query.audit.AuditTrailFixture.ALL;
import static io.plantrail.query.audit.AuditTrailFixture.REOPEN_REASON;
import static io.plantrail.query.audit.AuditTrailFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log on a real PostgreSQL, fed by events another process appended: filters, paging, CSV and ndjson
 * exports read through a cursor, 400s that name the parameter, and a row for every event type there is.
 */
@QueryServiceTest
class AuditLogIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    AuditQueries queries;

    private AuditTrailFixture trail;

    @BeforeEach
    void aPlanWithTwoActionsAndAYearOfChanges() {
        trail = new AuditTrailFixture(db, port);
    }

    @Test
    void filtersByPlanActorTypeAndRecordedTime() {
        String mine = "plan=" + trail.plan;

        assertThat(positions(mine)).containsExactlyElementsOf(trail.at(ALL));
        assertThat(positions(mine + "&actor=ken")).containsExactlyElementsOf(trail.at("a1", "a2", "a5"));
        assertThat(positions(mine + "&type=ProgressRecorded")).containsExactlyElementsOf(trail.at("a1", "a2"));
        assertThat(positions(mine + "&actor=catherine&type=ActionAdded"))
                .containsExactlyElementsOf(trail.at("a0", "b0"));
        assertThat(positions(mine + "&from=2010-02-11&to=2010-02-15")).as("dates are whole days")
                .containsExactlyElementsOf(trail.at("a2", "a3", "a4"));
        assertThat(positions(mine + "&to=2010-01-04")).containsExactlyElementsOf(trail.at("p0", "p1", "a0", "b0"));
        assertThat(positions(mine + "&from=2010-07-01")).containsExactlyElementsOf(trail.at("a6", "p3"));
        assertThat(positions(mine + "&from=2010-02-15T12:00:00Z&to=2010-02-15T12:00:00Z"))
                .as("instants are included").containsExactlyElementsOf(trail.at("a3"));
        assertThat(positions(mine + "&actor=nobody")).isEmpty();
    }

    @Test
    void pagesCountEveryMatchingRowAndTogetherHoldThemAllOnce() {
        JsonNode first = trail.ok("/api/audit/events?plan=" + trail.plan + "&size=5");
        JsonNode last = trail.ok("/api/audit/events?plan=" + trail.plan + "&size=5&page=2");
        JsonNode beyond = trail.ok("/api/audit/events?plan=" + trail.plan + "&size=5&page=3");
        JsonNode defaults = trail.ok("/api/audit/events?plan=" + trail.plan);
        HttpJson.Answer anything = trail.http.get("/api/audit/events?plan=" + trail.plan + "&minPosition="
                + trail.lastPosition(), "*/*");

        assertThat(first.get("total").asLong()).isEqualTo(12);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(5);
        assertThat(last.get("page").asInt()).isEqualTo(2);
        assertThat(last.get("total").asLong()).isEqualTo(12);
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(12);
        assertThat(defaults.get("size").asInt()).isEqualTo(50);
        assertThat(anything.header("Content-Type")).as("JSON unless CSV or ndjson is asked for")
                .startsWith("application/json");
        assertThat(anything.body().get("total").asLong()).isEqualTo(12);
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            trail.ok("/api/audit/events?plan=" + trail.plan + "&size=5&page=" + page).get("items")
                    .forEach(item -> paged.add(item.get("position").asLong()));
        }
        assertThat(paged).containsExactlyElementsOf(positions("plan=" + trail.plan));
        assertThat(last.get("items")).hasSize(2);
    }

    @Test
    void csvHoldsEveryMatchingRowWithAHeaderAndQuotingThatReadsBack() {
        List<List<String>> records = CsvRecords.parse(export("text/csv"));

        assertThat(records.get(0)).containsExactly("position", "type", "recorded", "actor", "reason", "changes",
                "planId", "actionId", "sequence", "eventId", "correlationId", "idempotencyKey", "aggregateId");
        List<JsonNode> items = items("plan=" + trail.plan);
        assertThat(records).as("a header and every row, paging ignored").hasSize(1 + 12);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            List<String> row = records.get(i + 1);
            assertThat(row).hasSize(13);
            assertThat(row.subList(0, 5)).containsExactly(item.get("position").asText(), item.get("type").asText(),
                    item.get("recorded").asText(), item.get("actor").asText(), text(item.get("reason")));
            assertThat(json(row.get(5))).isEqualTo(item.get("changes"));
            assertThat(row.subList(6, 13)).containsExactly(item.get("planId").asText(), text(item.get("actionId")),
                    item.get("sequence").asText(), item.get("eventId").asText(), text(item.get("correlationId")),
                    text(item.get("idempotencyKey")), item.get("aggregateId").asText());
        }
        assertThat(records.get(11).get(4)).isEqualTo(REOPEN_REASON);
    }

    @Test
    void ndjsonHoldsOneJsonObjectPerLineEqualToThePagedItems() {
        String body = export("application/x-ndjson");

        assertThat(body).endsWith("\n");
        List<JsonNode> lines = body.lines().map(AuditTrailFixture::json).toList();
        assertThat(lines).as("every row, paging ignored").containsExactlyElementsOf(items("plan=" + trail.plan));
    }

    @Test
    void anExportReadsThroughAServerSideCursorNotTheWholeResultAtOnce() {
        trail.ok("/api/plans/" + trail.plan + "/history");
        List<List<String>> portalsSeenPerRow = new ArrayList<>();

        // The sink runs inside the export's transaction, so it sees that session's open portals (named ones only:
        // the unnamed portal is this very query). The fetch size is 5 here, so 12 rows take three fetches.
        AuditFilter mine = AuditFilter.parse(trail.plan.toString(), null, null, null, null);
        queries.export(mine, entry -> portalsSeenPerRow.add(
                db.sql("select statement from pg_cursors where name <> ''").query(String.class).list()));

        assertThat(portalsSeenPerRow).hasSize(12);
        assertThat(portalsSeenPerRow.get(0)).as("open while the first rows are written")
                .anySatisfy(statement -> assertThat(statement).contains("from audit_event"));
    }

    @Test
    void everyEventTypeInSharedEventsGetsARow() {
        PlanId samplePlan = PlanId.random();
        ActionId sampleAction = ActionId.random();
        List<Class<?>> eventClasses = SampleEvents.allEventClasses();
        for (Class<?> type : eventClasses) {
            Object event = SampleEvents.of(type, samplePlan, sampleAction);
            String aggregate = event instanceof PlanEvent ? "Plan" : event instanceof ActionEvent ? "Action" : "Other";
            Object id = event instanceof PlanEvent ? samplePlan : event instanceof ActionEvent ? sampleAction
                    : UUID.randomUUID();
            trail.append(aggregate, id, event);
        }

        assertThat(items("plan=" + samplePlan)).extracting(item -> item.get("type").asText())
                .containsExactlyInAnyOrderElementsOf(eventClasses.stream().map(Class::getSimpleName).toList());
    }

    @Test
    void aFilterThatCannotBeReadIs400NamingItWhateverTheFormatAsked() {
        Map<String, String> bad = Map.of(
                "plan=plan-7", "plan",
                "type=ActionUpdated", "type",
                "from=yesterday", "from",
                "to=2010-02-30", "to",
                "from=2010-03-02&to=2010-03-01", "from");
        for (Map.Entry<String, String> query : bad.entrySet()) {
            for (String accept : new String[] {null, "text/csv", "application/x-ndjson"}) {
                assertInvalid(trail.http.get("/api/audit/events?" + query.getKey(), accept), query.getValue(),
                        query.getKey() + " with Accept " + accept);
            }
        }
    }

    @Test
    void aPageOrSizeThatCannotBeReadIs400() {
        Map<String, String> bad = Map.of(
                "page=-1", "page",
                "page=one", "page",
                "size=0", "size",
                "size=501", "size",
                "size=50.5", "size");
        for (Map.Entry<String, String> query : bad.entrySet()) {
            assertInvalid(trail.http.get("/api/audit/events?" + query.getKey()), query.getValue(), query.getKey());
        }
    }

    @Test
    void theOpenApiDescriptionListsTheAuditEndpointsWithTheirQueryParameters() {
        JsonNode paths = trail.ok("/v3/api-docs").get("paths");

        assertThat(paths.has("/api/actions/{actionId}/history")).isTrue();
        assertThat(paths.has("/api/plans/{planId}/history")).isTrue();
        assertThat(paths.get("/api/audit/events").get("get").get("parameters").findValuesAsText("name"))
                .containsExactlyInAnyOrder("plan", "actor", "type", "from", "to", "page", "size");
    }

    private static void assertInvalid(HttpJson.Answer answer, String field, String description) {
        assertThat(answer.status()).as(description).isEqualTo(400);
        assertThat(answer.body().get("type").asText()).isEqualTo("urn:plantrail:problem:invalid-input");
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    /** The plan's rows in a download format, asking for one row a page to show that exports ignore paging. */
    private String export(String mediaType) {
        HttpJson.Answer answer = trail.http.get("/api/audit/events?plan=" + trail.plan + "&size=1&minPosition="
                + trail.lastPosition(), mediaType);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith(mediaType);
        return answer.raw().body();
    }

    private List<Long> positions(String query) {
        return items(query).stream().map(item -> item.get("position").asLong()).toList();
    }

    private List<JsonNode> items(String query) {
        JsonNode page = trail.ok("/api/audit/events?" + query + "&size=500");
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asText();
    }
}
