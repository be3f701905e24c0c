package io.plantrail.query.slippage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionRescheduled;
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
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The slippage ledger over the 2009/10 plan after its workforce plan (2.1) slipped twice and 1.4 lost its date. */
@QueryServiceTest
class SlippageLedgerIT {

    static final Timescale JUNE_2010 = month("June 2010", LocalDate.of(2010, 6, 30));
    static final Timescale Q3_2010_11 = new Timescale("Q3 2010/11", LocalDate.of(2010, 12, 31),
            TimescalePrecision.QUARTER, List.of());
    static final Timescale MARCH_2011 = month("March 2011", LocalDate.of(2011, 3, 31));
    static final String FIRST_REASON = "Workforce strategy waits for the diagnostic review";
    static final String SECOND_REASON = "Consultation extended, \"as agreed\" by the Children's Trust Board";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    EventProcessingConfiguration processing;

    private HttpJson http;
    private SeedPlan seed;
    private long lastPosition;

    @BeforeEach
    void theImportedPlanSlips() {
        http = new HttpJson(port);
        ForeignAppender store = new ForeignAppender(db);
        seed = SeedPlan.append(store);
        ActionId workforce = seed.action("2.1");
        ActionId trustBoard = seed.action("1.4");
        store.append("Action", workforce, new ActionRescheduled(workforce, seed.plan(), JUNE_2010, Q3_2010_11,
                FIRST_REASON), "ken.morton");
        store.append("Action", trustBoard, new ActionRescheduled(trustBoard, seed.plan(),
                month("April 2010", LocalDate.of(2010, 4, 30)), new Timescale("TBC", null, TimescalePrecision.TBC,
                List.of()), "Awaits the statutory guidance"), "interim.dcs");
        lastPosition = store.append("Action", workforce, new ActionRescheduled(workforce, seed.plan(), Q3_2010_11,
                MARCH_2011, SECOND_REASON), "catherine.marchant");
    }

    @Test
    void listsOnlyRescheduledActionsInRefOrder() {
        JsonNode ledger = ledger();

        assertThat(ledger.get("plan").asText()).isEqualTo(seed.plan().toString());
        assertThat(ledger.get("actions")).extracting(a -> a.get("ref").asText()).containsExactly("1.4", "2.1");
    }

    @Test
    void showsOriginalAndCurrentTimescalesTheCountAndEveryReschedule() {
        JsonNode workforce = ledger().get("actions").get(1);

        assertThat(workforce.get("planTitle").asText()).isEqualTo(seed.title());
        assertThat(workforce.get("title").asText()).startsWith("Produce workforce development plan");
        assertThat(workforce.get("originalTimescale").asText()).isEqualTo("June 2010");
        assertThat(workforce.get("originalDue").asText()).isEqualTo("2010-06-30");
        assertThat(workforce.get("currentTimescale").asText()).isEqualTo("March 2011");
        assertThat(workforce.get("currentDue").asText()).isEqualTo("2011-03-31");
        assertThat(workforce.get("daysSlipped").asLong()).isEqualTo(274);
        assertThat(workforce.get("rescheduleCount").asInt()).isEqualTo(2);
        JsonNode first = workforce.get("reschedules").get(0);
        JsonNode second = workforce.get("reschedules").get(1);
        assertThat(workforce.get("reschedules")).extracting(r -> r.get("reason").asText())
                .containsExactly(FIRST_REASON, SECOND_REASON);
        assertThat(workforce.get("reschedules")).extracting(r -> r.get("actor").asText())
                .containsExactly("ken.morton", "catherine.marchant");
        assertThat(first.get("previousDue").asText()).isEqualTo("2010-06-30");
        assertThat(first.get("newDue").asText()).isEqualTo("2010-12-31");
        assertThat(first.get("newTimescale").asText()).isEqualTo("Q3 2010/11");
        assertThat(first.get("daysMoved").asLong()).isEqualTo(184);
        assertThat(second.get("previousDue").asText()).isEqualTo("2010-12-31");
        assertThat(second.get("daysMoved").asLong()).isEqualTo(90);
        assertThat(Instant.parse(first.get("recorded").asText()))
                .isBefore(Instant.parse(second.get("recorded").asText()))
                .isBefore(Instant.now());
    }

    @Test
    void aMoveToNoDateHasNoDaysMoved() {
        JsonNode trustBoard = ledger().get("actions").get(0);

        assertThat(trustBoard.get("rescheduleCount").asInt()).isEqualTo(1);
        assertThat(trustBoard.get("originalDue").asText()).isEqualTo("2010-04-30");
        assertThat(trustBoard.get("currentTimescale").asText()).isEqualTo("TBC");
        assertThat(trustBoard.get("currentDue").isNull()).isTrue();
        assertThat(trustBoard.get("daysSlipped").isNull()).isTrue();
        assertThat(trustBoard.get("reschedules").get(0).get("daysMoved").isNull()).isTrue();
        assertThat(trustBoard.get("reschedules").get(0).get("actor").asText()).isEqualTo("interim.dcs");
    }

    @Test
    void withoutAPlanEveryPlanIsInTheLedger() {
        HttpJson.Answer all = http.get("/api/reports/slippage?minPosition=" + lastPosition);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("plan").isNull()).isTrue();
        assertThat(all.body().get("actions")).filteredOn(a -> a.get("planId").asText().equals(seed.plan().toString()))
                .extracting(a -> a.get("ref").asText()).containsExactly("1.4", "2.1");
    }

    @Test
    void csvGivesOneRecordPerRescheduleAndParsesBack() throws IOException {
        HttpResponse<String> csv = http.raw("/api/reports/slippage?plan=" + seed.plan() + "&minPosition="
                + lastPosition, "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.body())) {
            rows = it.readAll();
        }
        assertThat(rows).extracting(r -> r.get("ref") + " " + r.get("reschedule") + "/" + r.get("rescheduleCount"))
                .containsExactly("1.4 1/1", "2.1 1/2", "2.1 2/2");
        assertThat(rows.get(2).get("reason")).isEqualTo(SECOND_REASON);
        assertThat(rows.get(2).get("originalDue")).isEqualTo("2010-06-30");
        assertThat(rows.get(2).get("currentDue")).isEqualTo("2011-03-31");
        assertThat(rows.get(2).get("daysMoved")).isEqualTo("90");
        assertThat(rows.get(0).get("newDue")).isEmpty();
    }

    @Test
    void aMalformedPlanIs400AndAnUnknownOne404() {
        HttpJson.Answer malformed = http.get("/api/reports/slippage?plan=2009-10");
        HttpJson.Answer unknown = http.get("/api/reports/slippage?plan=" + PlanId.random());

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("errors").get(0).get("field").asText()).isEqualTo("plan");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asText()).isEqualTo("urn:plantrail:problem:not-found");
    }

    @Test
    void aReplayFromTheFirstEventGivesTheSameLedger() {
        JsonNode before = ledger();
        // A row no event explains: the replay must start from empty tables, not only re-apply events.
        db.sql("""
                insert into slippage_reschedule (action_id, seq, recorded_at, new_timescale, reason)
                values (?, 99, now(), 'TBC', 'Stray')""").param(seed.action("2.1").value()).update();
        assertThat(ledger().get("actions").get(1).get("rescheduleCount").asInt()).isEqualTo(3);

        Replay.fromTheFirstEvent(processing, SlippageProjection.PROCESSING_GROUP);

        assertThat(ledger()).isEqualTo(before);
        assertThat(before.get("actions")).hasSize(2);
    }

    private JsonNode ledger() {
        HttpJson.Answer answer = http.get("/api/reports/slippage?plan=" + seed.plan() + "&minPosition=" + lastPosition);
        assertThat(answer.status()).as("GET slippage: %s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static Timescale month(String text, LocalDate due) {
        return new Timescale(text, due, TimescalePrecision.MONTH, List.of());
    }
}
