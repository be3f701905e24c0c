package io.plantrail.command;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/imports?kind=scorecard} over HTTP on PostgreSQL: the Q2 2011/12 seed scorecard as the events a
 * client would have sent by hand, a second run, a retry after a half-done run, the next quarter's paper, and files
 * with lines that cannot be read. The scorecard read back from the query service is checked in local-run's
 * {@code SeedPapersIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScorecardImportIT {

    private static final Path SEED = Path.of("../local-run/src/main/resources/demo/scorecard-2011-12-q2.txt");
    private static final Map<String, String> TSV = Map.of("Content-Type", "text/tab-separated-values");
    /** Plan, aim, 5 actions with their Q2 progress, 10 measures with 2 values each. */
    private static final int SEED_EVENTS = 1 + 1 + 5 + 5 + 10 + 20;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;

    private HttpJson http;
    private StoredEvents events;
    private String organisation;

    @BeforeEach
    void client() {
        http = new HttpJson(port);
        events = new StoredEvents(db);
        organisation = "Leeds City Council " + UUID.randomUUID(); // each test its own plan
    }

    @Test
    void theSeedScorecardBecomesPrioritiesWithTheirQuarterAndMeasuresWithTheirValues() throws IOException {
        HttpJson.Answer dry = importScorecard(seed(), "dryRun=true");
        long before = events.count();
        HttpJson.Answer real = importScorecard(seed(), "status=ACTIVE");

        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.body().get("outcome").asText()).isEqualTo("DRY_RUN");
        assertThat(dry.body().get("totals").toString()).isEqualTo("""
                {"priorities":5,"progressUpdates":5,"measures":10,"targets":0,"values":20,"alreadyThere":0,\
                "unreadable":0,"skipped":0,"conflicts":0,"ignored":0}""");
        assertThat(dry.body().get("scorecard").get("measures")).hasSize(10); // the table as read
        assertThat(real.status()).as(real.raw().body()).isEqualTo(201);
        assertThat(real.body().get("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(real.body().has("scorecard")).isFalse();
        JsonNode plan = real.body().get("plan");
        assertThat(real.header("Location")).isEqualTo("/api/plans/" + plan.get("id").asText());
        assertThat(plan.get("id").asText()).isEqualTo(dry.body().get("plan").get("id").asText());
        assertThat(plan.get("title").asText()).isEqualTo("2011/12 Children's Services Directorate Scorecard");
        assertThat(plan.get("period").asText()).isEqualTo("2011/12"); // the year: Q3's paper is the same plan
        assertThat(real.body().get("period").asText()).isEqualTo("2011/12 Q2");
        assertThat(real.body().get("priorities").toString())
                .isEqualTo("{\"number\":1,\"title\":\"Directorate Priorities\",\"outcome\":\"CREATED\"}");
        assertThat(events.count() - before).isEqualTo(SEED_EVENTS);
        assertThat(real.body().get("position").asLong()).isEqualTo(events.lastPosition());
        assertThat(statuses(real.body().get("rows"))).containsExactly("8 PRIORITY CREATED", "9 PRIORITY CREATED",
                "10 PRIORITY CREATED", "10 MEASURE CREATED", "11 PRIORITY CREATED", "12 PRIORITY CREATED",
                "14 MEASURE CREATED", "15 MEASURE CREATED", "16 MEASURE CREATED", "17 MEASURE CREATED",
                "18 MEASURE CREATED", "19 MEASURE CREATED", "20 MEASURE CREATED", "21 MEASURE CREATED",
                "22 MEASURE CREATED");

        JsonNode joinedUp = row(real, 10, "PRIORITY");
        assertThat(joinedUp.get("ref").asText()).isEqualTo("1.3");
        JsonNode added = events.payload(joinedUp.get("id").asText(), 0);
        assertThat(added.get("title").asText()).isEqualTo("Put in place a joined-up children's directorate");
        assertThat(added.get("leads")).isEmpty();
        assertThat(added.get("timescale").get("due").asText()).isEqualTo("2012-03-31");
        JsonNode progress = events.payload(joinedUp.get("id").asText(), 1);
        assertThat(progress.get("rag").asText()).isEqualTo("AMBER");
        assertThat(progress.get("period").asText()).isEqualTo("2011/12 Q2");
        assertThat(progress.get("asOf").asText()).isEqualTo("2011-09-30");
        assertThat(progress.get("narrative").asText()).startsWith("The JNC tier 3 and 4 recruitment process");

        JsonNode restructure = row(real, 10, "MEASURE");
        assertThat(restructure.get("action").asText()).isEqualTo(joinedUp.get("id").asText());
        JsonNode defined = events.payload(restructure.get("id").asText(), 0);
        assertThat(defined.get("name").asText()).isEqualTo("Complete restructure of children's services");
        assertThat(defined.get("unit").asText()).isEqualTo("RAG");
        assertThat(defined.get("direction").asText()).isEqualTo("INCREASE");
        assertThat(defined.get("actionId").asText()).isEqualTo(joinedUp.get("id").asText());
        assertThat(events.payload(restructure.get("id").asText(), 2).get("rag").asText()).isEqualTo("AMBER");
        String initial = row(real, 17, "MEASURE").get("id").asText();
        assertThat(events.payload(initial, 0).get("direction").asText()).isEqualTo("MAINTAIN");
        assertThat(events.payload(initial, 0).get("unit").asText()).isEqualTo("PERCENT");
        assertThat(events.payload(initial, 0).path("actionId").asText(null)).isNull();
        assertThat(events.payload(initial, 1).get("value").decimalValue()).isEqualByComparingTo("85.9");
        assertThat(events.payload(initial, 2).get("period").asText()).isEqualTo("2011/12 Q2");
        assertThat(events.payload(initial, 2).get("status").asText()).isEqualTo("FINAL");
        JsonNode pending = events.payload(row(real, 22, "MEASURE").get("id").asText(), 2);
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("expected").asText()).isEqualTo("Dec 2011");
        assertThat(pending.path("value").asText(null)).isNull();
        assertThat(pending.get("note").asText()).startsWith("The percentage of quarter 2 complaints resolved");
        assertThat(events.metaData(row(real, 22, "MEASURE").get("id").asText(), 2).get("actor").asText())
                .isEqualTo("manager"); // the importing user
    }

    @Test
    void importedTwiceCreatesNothingTheSecondTime() throws IOException {
        HttpJson.Answer first = importScorecard(seed());
        long before = events.count();
        HttpJson.Answer second = importScorecard(seed());

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("outcome").asText()).isEqualTo("ALREADY_THERE");
        assertThat(second.body().get("plan").get("outcome").asText()).isEqualTo("ALREADY_THERE");
        assertThat(second.body().get("priorities").get("outcome").asText()).isEqualTo("ALREADY_THERE");
        assertThat(second.body().get("totals").get("alreadyThere").asInt()).isEqualTo(5 + 10);
        assertThat(second.body().has("position")).isFalse();
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aRetryAfterARunThatStoppedHalfWayCreatesOnlyTheRest() throws IOException {
        List<String> lines = seed().lines().toList();
        HttpJson.Answer half = importScorecard(String.join("\n", lines.subList(0, 18)) + "\n");
        long before = events.count();
        HttpJson.Answer rest = importScorecard(seed());

        assertThat(half.status()).isEqualTo(201);
        assertThat(half.body().get("totals").get("measures").asInt()).isEqualTo(6);
        assertThat(rest.status()).isEqualTo(201);
        assertThat(events.count() - before).isEqualTo(4 + 4 * 2);
        assertThat(statuses(rest.body().get("rows"))).containsExactly("8 PRIORITY ALREADY_THERE",
                "9 PRIORITY ALREADY_THERE", "10 PRIORITY ALREADY_THERE", "10 MEASURE ALREADY_THERE",
                "11 PRIORITY ALREADY_THERE", "12 PRIORITY ALREADY_THERE", "14 MEASURE ALREADY_THERE",
                "15 MEASURE ALREADY_THERE", "16 MEASURE ALREADY_THERE", "17 MEASURE ALREADY_THERE",
                "18 MEASURE ALREADY_THERE", "19 MEASURE CREATED", "20 MEASURE CREATED", "21 MEASURE CREATED",
                "22 MEASURE CREATED");
    }

    @Test
    void aLaterPaperFillsInAPendingValueButNeverRevisesOne() throws IOException {
        importScorecard(seed());
        String later = seed().replace("96%\tavailable Dec ¹", "96%\t97%")
                .replace("50%\t45%", "50%\t42%");
        long before = events.count();

        HttpJson.Answer again = importScorecard(later);

        assertThat(again.status()).isEqualTo(201);
        assertThat(events.count() - before).isEqualTo(1);
        JsonNode complaints = row(again, 22, "MEASURE");
        assertThat(complaints.get("status").asText()).isEqualTo("CREATED");
        assertThat(complaints.get("commands").toString()).isEqualTo("[\"RecordMeasureValue\"]");
        assertThat(events.payload(complaints.get("id").asText(), 3).get("value").decimalValue())
                .isEqualByComparingTo("97");
        JsonNode homes = row(again, 14, "MEASURE");
        assertThat(homes.get("status").asText()).isEqualTo("ALREADY_THERE");
        assertThat(homes.get("warnings").get(0).asText()).startsWith("2011/12 Q2 already has the value 45, not 42; "
                + "an import never revises a value");
    }

    @Test
    void aFileWithLinesItCannotReadIsRefusedWholeOrImportedWithoutThem() throws IOException {
        List<String> lines = new ArrayList<>(seed().lines().toList());
        lines.add(22, "Keep children safe\tOn track\tPurple\t\t\t\t\t");
        lines.add(23, "\t\t\tNumber of adoptions\t12\t14\t\t");
        lines.add(24, "\t\t\tIncrease percentage of reviews on time\t120%\t90%\t\t");
        String text = String.join("\n", lines) + "\n";
        long before = events.count();

        HttpJson.Answer refused = importScorecard(text);
        long afterRefusal = events.count();
        HttpJson.Answer skipped = importScorecard(text, "skipUnreadable=true");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:plantrail:problem:import-refused");
        assertThat(refused.body().get("errors").toString()).contains(
                "{\"line\":23,\"message\":\"Overall Progress 'Purple' is not Red, Amber or Green\"}",
                "{\"line\":24,\"message\":\"the measure 'Number of adoptions' does not start with Increase, "
                        + "Maintain or Reduce, so its direction is not known\"}",
                "{\"line\":25,\"message\":\"the value '120%' for 2011/12 Q1 is out of range for a percentage\"}");
        assertThat(refused.body().get("report").get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(afterRefusal).isEqualTo(before);
        assertThat(skipped.status()).isEqualTo(201);
        assertThat(skipped.body().get("totals").get("skipped").asInt()).isEqualTo(3);
        assertThat(skipped.body().get("totals").get("priorities").asInt()).isEqualTo(5);
        assertThat(row(skipped, 23, "PRIORITY").get("status").asText()).isEqualTo("SKIPPED");
        assertThat(events.count() - afterRefusal).isEqualTo(SEED_EVENTS);
    }

    @Test
    void aTargetColumnSetsTheQuartersTarget() throws IOException {
        String text = """
                Adult Services Scorecard
                Reporting Period : Quarter 3 2012/13
                Directorate Priorities\tProgress Summary\tOverall Progress\tSupporting Measures\tTarget\tQ1\tQ2\tQ3\tQ4
                Keep people safe\tReferrals reviewed weekly.\tGreen\tReduce repeat referrals\t20%\t23.5%\t22%\t21% (p)\t
                """;

        HttpJson.Answer answer = importScorecard(text);

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
        String measure = row(answer, 4, "MEASURE").get("id").asText();
        assertThat(row(answer, 4, "MEASURE").get("commands").toString()).isEqualTo("""
                ["DefineMeasure","SetMeasureTarget","RecordMeasureValue","RecordMeasureValue","RecordMeasureValue"]""");
        JsonNode target = events.payload(measure, 1);
        assertThat(target.get("period").asText()).isEqualTo("2012/13 Q3");
        assertThat(target.get("value").decimalValue()).isEqualByComparingTo("20");
        assertThat(events.payload(measure, 4).get("status").asText()).isEqualTo("PROVISIONAL");
    }

    @Test
    void whatTheScorecardDoesNotSayIsA400() throws IOException {
        assertProblem(http.post("/api/imports?kind=scorecard", seed(), TSV), 400, "organisation");
        assertProblem(importScorecard("Directorate Priorities\tProgress Summary\tOverall Progress\t"
                + "Supporting Measures\tQ1\tQ2\tQ3\tQ4\nKeep safe\tOn track\tGreen\t\t\t\t\t\n"), 400, "body");
        assertProblem(importScorecard("Reporting Period : Quarter 2 2011/12\nNothing else\n"), 400, "body");
    }

    private HttpJson.Answer importScorecard(String text, String... parameters) {
        List<String> query = new ArrayList<>(List.of("kind=scorecard",
                "organisation=" + URLEncoder.encode(organisation, StandardCharsets.UTF_8)));
        query.addAll(List.of(parameters));
        return http.post("/api/imports?" + String.join("&", query), text, TSV);
    }

    private static String seed() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    private static JsonNode row(HttpJson.Answer report, int line, String type) {
        JsonNode rows = report.body().get("rows");
        for (JsonNode row : rows) {
            if (row.get("line").asInt() == line && row.get("type").asText().equals(type)) {
                return row;
            }
        }
        throw new AssertionError("No " + type + " row for line " + line + " in " + rows);
    }

    private static List<String> statuses(JsonNode rows) {
        List<String> statuses = new ArrayList<>();
        rows.forEach(row -> statuses.add(row.get("line").asInt() + " " + row.get("type").asText() + " "
                + row.get("status").asText()));
        return statuses;
    }

    private static void assertProblem(HttpJson.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.body().get("type").asText()).isEqualTo("urn:plantrail:problem:invalid-input");
        assertThat(answer.body().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }
}
