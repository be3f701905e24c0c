package io.plantrail.query.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantrail.events.ActionId;
import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.MeasureDirection;
import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureUnit;
import io.plantrail.events.MeasureValueStatus;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Rag;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ProgressRecorded;
import io.plantrail.events.measure.MeasureDefined;
import io.plantrail.events.measure.MeasureTargetSet;
import io.plantrail.events.measure.MeasureValueRecorded;
import io.plantrail.events.measure.MeasureValueRevised;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import io.plantrail.query.ForeignAppender;
import io.plantrail.query.HttpJson;
import io.plantrail.query.QueryServiceTest;
import io.plantrail.query.Replay;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard projection fed from outside its process: a priority rated per quarter, a measure whose Q2 value went
 * from pending to provisional and was then revised, and a measure rated by colour. As at an instant before the
 * revision the old value shows; after it, both values and the reason.
 */
@QueryServiceTest
class ScorecardIT {

    private static final String Q1 = "2011/12 Q1";
    private static final String Q2 = "2011/12 Q2";
    private static final Instant OCTOBER = Instant.parse("2011-10-20T09:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2011-12-15T09:00:00Z");
    private static final Instant JANUARY = Instant.parse("2012-01-10T09:00:00Z");
    private static final String NOTE = "Can only be calculated 20 working days after the end of September.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    EventProcessingConfiguration processing;

    private HttpJson http;
    private PlanId plan;
    private ActionId priority;
    private MeasureId complaints;
    private MeasureId restructure;
    private long lastPosition;

    @BeforeEach
    void aScorecardWithARevisedValue() {
        http = new HttpJson(port);
        ForeignAppender store = new ForeignAppender(db);
        plan = PlanId.random();
        priority = ActionId.random();
        complaints = MeasureId.random();
        restructure = MeasureId.random();
        Instant july = Instant.parse("2011-07-15T09:00:00Z");
        store.append("Plan", plan, new PlanCreated(plan, "Directorate Scorecard", "Leeds City Council", "2011/12",
                PlanStatus.ACTIVE), july);
        store.append("Plan", plan, new StrategicAimAdded(plan, 1, "Directorate priorities"), july);
        store.append("Action", priority, new ActionAdded(priority, plan, "1.3", 1,
                "Put in place a joined-up children's directorate", List.of(new Lead("DCS", LeadKind.POST)),
                new Timescale("2011/12", LocalDate.of(2012, 3, 31), TimescalePrecision.YEAR, List.of())), july);
        store.append("Action", priority, new ProgressRecorded(priority, plan, "Restructure planned.", Rag.GREEN,
                LocalDate.of(2011, 6, 30), Q1), july);
        store.append("Action", priority, new ProgressRecorded(priority, plan, "Recruitment delayed by the inspection.",
                Rag.AMBER, LocalDate.of(2011, 9, 30), Q2), OCTOBER);
        store.append("Measure", restructure, new MeasureDefined(restructure, plan,
                "Complete restructure of children's services", MeasureDirection.INCREASE, MeasureUnit.RAG, null, 1,
                priority), july);
        store.append("Measure", restructure, value(restructure, Q1, null, Rag.AMBER), july);
        store.append("Measure", restructure, value(restructure, Q2, null, Rag.AMBER), OCTOBER);
        store.append("Measure", complaints, new MeasureDefined(complaints, plan,
                "Increase percentage of complaints resolved by the initial investigation", MeasureDirection.INCREASE,
                MeasureUnit.PERCENT, null, null, null), july);
        store.append("Measure", complaints, new MeasureTargetSet(complaints, plan, Q2, new BigDecimal("95"), null,
                null, null, null), july);
        store.append("Measure", complaints, value(complaints, Q1, new BigDecimal("96"), null), july);
        store.append("Measure", complaints, new MeasureValueRecorded(complaints, plan, Q2, MeasureValueStatus.PENDING,
                null, null, "Dec 2011", NOTE), OCTOBER);
        store.append("Measure", complaints, new MeasureValueRecorded(complaints, plan, Q2,
                MeasureValueStatus.PROVISIONAL, new BigDecimal("97"), null, null, NOTE), DECEMBER);
        lastPosition = store.append("Measure", complaints, new MeasureValueRevised(complaints, plan, Q2,
                new BigDecimal("97"), null, new BigDecimal("94.5"), null, MeasureValueStatus.FINAL, NOTE,
                "Stage 2 escalations counted late"), JANUARY);
    }

    @Test
    void showsPrioritiesWithTheirRagPerQuarterAndTheirMeasures() {
        JsonNode scorecard = scorecard(Q2, null);

        assertThat(scorecard.get("quarters")).extracting(JsonNode::asText).containsExactly("Q1", "Q2", "Q3", "Q4");
        JsonNode joinedUp = scorecard.get("priorities").get(0);
        assertThat(joinedUp.get("ref").asText()).isEqualTo("1.3");
        assertThat(joinedUp.get("narrative").asText()).isEqualTo("Recruitment delayed by the inspection.");
        assertThat(joinedUp.get("rag").asText()).isEqualTo("AMBER");
        assertThat(joinedUp.get("ragByQuarter").get("Q1").asText()).isEqualTo("GREEN");
        assertThat(joinedUp.get("ragByQuarter").get("Q2").asText()).isEqualTo("AMBER");
        assertThat(joinedUp.get("ragByQuarter").get("Q3").isNull()).isTrue();
        JsonNode restructured = joinedUp.get("measures").get(0);
        assertThat(restructured.get("quarters").get("Q1").get("display").asText()).isEqualTo("Amber");
        assertThat(restructured.get("quarters").get("Q2").get("display").asText()).isEqualTo("Amber");
        assertThat(restructured.get("assessment").get("trend").asText()).isEqualTo("HELD");
        assertThat(scorecard.get("measures")).extracting(m -> m.get("measureId").asText())
                .containsExactly(complaints.toString());
    }

    @Test
    void aRevisedValueShowsTheOldAndTheNewValueWithTheReason() {
        JsonNode q2 = complaintsMeasure(scorecard(Q2, null)).get("quarters").get("Q2");

        assertThat(q2.get("status").asText()).isEqualTo("REVISED");
        assertThat(q2.get("display").asText()).isEqualTo("94.5%");
        assertThat(q2.get("steps")).extracting(step -> step.get("kind").asText() + " " + step.get("status").asText())
                .containsExactly("RECORDED PENDING", "RECORDED PROVISIONAL", "REVISED FINAL");
        JsonNode revision = q2.get("steps").get(2);
        assertThat(revision.get("previousValue").decimalValue()).isEqualByComparingTo("97");
        assertThat(revision.get("value").decimalValue()).isEqualByComparingTo("94.5");
        assertThat(revision.get("reason").asText()).isEqualTo("Stage 2 escalations counted late");
        assertThat(q2.get("trend").asText()).isEqualTo("WORSENED");
        assertThat(q2.get("againstTarget").asText()).isEqualTo("MISSED");
    }

    @Test
    void asAtAnInstantBeforeTheRevisionTheOldValueShows() {
        JsonNode before = complaintsMeasure(scorecard(Q2, "2011-12-31")).get("quarters").get("Q2");
        JsonNode pending = complaintsMeasure(scorecard(Q2, "2011-11-01")).get("quarters").get("Q2");
        JsonNode notYet = scorecard(Q2, "2011-07-31");

        assertThat(before.get("status").asText()).isEqualTo("PROVISIONAL");
        assertThat(before.get("display").asText()).isEqualTo("97%");
        assertThat(before.get("againstTarget").asText()).isEqualTo("MET");
        assertThat(before.get("steps")).hasSize(2);
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("display").asText()).isEqualTo("available Dec");
        assertThat(pending.get("noteNumber").asInt()).isEqualTo(1);
        assertThat(pending.get("trend").isNull()).isTrue();
        assertThat(complaintsMeasure(notYet).get("quarters").get("Q2").isNull()).isTrue();
        assertThat(notYet.get("priorities").get(0).get("ragByQuarter").get("Q1").asText()).isEqualTo("GREEN");
        assertThat(notYet.get("priorities").get(0).get("rag").isNull()).isTrue();
    }

    @Test
    void quartersAfterThePeriodAskedForAreLeftEmpty() {
        JsonNode q1 = scorecard(Q1, null);

        assertThat(complaintsMeasure(q1).get("quarters").get("Q1").get("display").asText()).isEqualTo("96%");
        assertThat(complaintsMeasure(q1).get("quarters").get("Q2").isNull()).isTrue();
        assertThat(q1.get("priorities").get(0).get("narrative").asText()).isEqualTo("Restructure planned.");
        assertThat(q1.get("notes")).isEmpty();
    }

    @Test
    void aReplayFromTheFirstEventGivesTheSameScorecard() {
        JsonNode before = scorecard(Q2, null);
        db.sql("delete from scorecard_value_step where measure_id = ?").param(complaints.value()).update();

        Replay.fromTheFirstEvent(processing, ScorecardProjection.PROCESSING_GROUP);

        assertThat(scorecard(Q2, null)).isEqualTo(before);
    }

    @Test
    void answersCsvToo() {
        String csv = http.raw("/api/plans/" + plan + "/scorecard?period=" + encode(Q2) + "&minPosition=" + lastPosition,
                "text/csv").body();

        assertThat(csv.split("\r\n")).containsExactly(
                "row,priority,title,narrative,direction,target,Q1,Q2,Q3,Q4,status,trend,againstTarget,note",
                "priority,1.3,Put in place a joined-up children's directorate,Recruitment delayed by the inspection.,"
                        + ",,GREEN,AMBER,,,,,,",
                "measure,1.3,Complete restructure of children's services,,INCREASE,,Amber,Amber,,,FINAL,HELD,,",
                "measure,,Increase percentage of complaints resolved by the initial investigation,,INCREASE,95,96%,"
                        + "94.5%,,,REVISED,WORSENED,MISSED,1 " + NOTE);
    }

    @Test
    void aPeriodThatIsNoQuarterIs400AndAnUnknownPlan404() {
        assertThat(http.get("/api/plans/" + plan + "/scorecard?period=Q2").status()).isEqualTo(400);
        assertThat(http.get("/api/plans/" + plan + "/scorecard?period=2011/13%20Q2").status()).isEqualTo(400);
        assertThat(http.get("/api/plans/" + plan + "/scorecard").status()).isEqualTo(400);
        assertThat(http.get("/api/plans/" + UUID.randomUUID() + "/scorecard?period=" + encode(Q2)).status())
                .isEqualTo(404);
    }

    private JsonNode complaintsMeasure(JsonNode scorecard) {
        return scorecard.get("measures").get(0);
    }

    private JsonNode scorecard(String period, String asOf) {
        HttpJson.Answer answer = http.get("/api/plans/" + plan + "/scorecard?period=" + encode(period)
                + "&minPosition=" + lastPosition + (asOf == null ? "" : "&asOf=" + asOf));
        assertThat(answer.status()).as("GET scorecard: %s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    private MeasureValueRecorded value(MeasureId measure, String period, BigDecimal number, Rag rag) {
        return new MeasureValueRecorded(measure, plan, period, MeasureValueStatus.FINAL, number, rag, null, null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
