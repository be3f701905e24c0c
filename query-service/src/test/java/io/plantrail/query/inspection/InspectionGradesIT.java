package io.plantrail.query.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantrail.events.ActionId;
import io.plantrail.events.InspectionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.ClosureOutcome;
import io.plantrail.events.inspection.AreaForDevelopmentIdentified;
import io.plantrail.events.inspection.AreaForDevelopmentLinked;
import io.plantrail.events.inspection.InspectionRecorded;
import io.plantrail.events.inspection.JudgementRecorded;
import io.plantrail.events.plan.PlanCreated;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspections read model fed from outside its process: two years of one source's assessment, a corrected grade,
 * and areas for development with and without actions. Each test uses an organisation of its own.
 */
@QueryServiceTest
class InspectionGradesIT {

    private static final Instant DECEMBER_2007 = Instant.parse("2007-12-20T09:00:00Z");
    private static final Instant DECEMBER_2008 = Instant.parse("2008-12-20T09:00:00Z");
    private static final Instant JANUARY_2009 = Instant.parse("2009-01-10T09:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    EventProcessingConfiguration processing;

    private HttpJson http;
    private String organisation;
    private PlanId plan;
    private InspectionId apa2008;
    private ActionId conceptions;
    private UUID teenageConception;
    private long lastPosition;

    @BeforeEach
    void twoYearsOfAssessment() {
        http = new HttpJson(port);
        ForeignAppender store = new ForeignAppender(db);
        organisation = "Council " + UUID.randomUUID();
        plan = PlanId.random();
        apa2008 = InspectionId.random();
        InspectionId apa2007 = InspectionId.random();
        InspectionId self2008 = InspectionId.random();
        conceptions = ActionId.random();
        ActionId dental = ActionId.random();
        teenageConception = UUID.randomUUID();
        store.append("Plan", plan, new PlanCreated(plan, "APA response", organisation, "2008/09", PlanStatus.ACTIVE),
                DECEMBER_2008);
        store.append("Action", conceptions, new ActionAdded(conceptions, plan, "4.2", 4, "Teenage conception strategy",
                List.of(), new Timescale("2010", LocalDate.of(2010, 12, 31), TimescalePrecision.YEAR, List.of())),
                DECEMBER_2008);
        store.append("Action", dental, new ActionAdded(dental, plan, "4.3", 4, "LAC dental health team", List.of(),
                new Timescale("March 2009", LocalDate.of(2009, 3, 31), TimescalePrecision.MONTH, List.of())),
                DECEMBER_2008);
        store.append("Action", dental, new ActionClosed(dental, plan, ClosureOutcome.COMPLETED, "Team in post",
                LocalDate.of(2009, 1, 5)), JANUARY_2009);
        store.append("Inspection", apa2007, new InspectionRecorded(apa2007, null, "APA", 2007, "Ofsted",
                LocalDate.of(2007, 12, 19), organisation), DECEMBER_2007);
        store.append("Inspection", apa2007, new JudgementRecorded(apa2007, null, "Be Healthy", 3, null, null),
                DECEMBER_2007);
        store.append("Inspection", apa2007, new JudgementRecorded(apa2007, null, "Stay Safe", 2, null, null),
                DECEMBER_2007);
        store.append("Inspection", apa2008, new InspectionRecorded(apa2008, plan, "APA", 2008, "Ofsted",
                LocalDate.of(2008, 12, 10), organisation), DECEMBER_2008);
        store.append("Inspection", apa2008, new JudgementRecorded(apa2008, plan, "Be Healthy", 3, null, null),
                DECEMBER_2008);
        store.append("Inspection", apa2008, new JudgementRecorded(apa2008, plan, "Stay Safe", 2, null, null),
                DECEMBER_2008);
        store.append("Inspection", apa2008, new AreaForDevelopmentIdentified(apa2008, plan, teenageConception,
                "Be Healthy", "Teenage conception", List.of(conceptions)), DECEMBER_2008);
        store.append("Inspection", apa2008, new AreaForDevelopmentIdentified(apa2008, plan, UUID.randomUUID(),
                "Be Healthy", "Infant mortality", List.of()), DECEMBER_2008);
        // Recorded after Ofsted's, so its column comes second.
        Instant later = DECEMBER_2008.plusSeconds(60);
        store.append("Inspection", self2008, new InspectionRecorded(self2008, null, "APA", 2008, "Self-evaluation",
                LocalDate.of(2008, 6, 30), organisation), later);
        store.append("Inspection", self2008, new JudgementRecorded(self2008, null, "Stay Safe", 2, null, null), later);
        store.append("Inspection", apa2008, new JudgementRecorded(apa2008, plan, "be healthy", 2, 3,
                "The final letter graded it adequate"), JANUARY_2009);
        lastPosition = store.append("Inspection", apa2008, new AreaForDevelopmentLinked(apa2008, plan,
                teenageConception, dental), JANUARY_2009);
    }

    @Test
    void gradesStandSideBySideWithTheChangeFromThePreviousAssessment() {
        JsonNode table = grades(null);

        assertThat(table.get("columns")).extracting(c -> c.get("label").asText())
                .containsExactly("Ofsted APA 2008", "Self-evaluation APA 2008", "Ofsted APA 2007");
        assertThat(table.get("rows")).extracting(r -> r.get("area").asText()).containsExactly("Be Healthy", "Stay Safe");
        JsonNode beHealthy = table.get("rows").get(0).get("grades");
        assertThat(beHealthy.get(0).get("grade").asInt()).isEqualTo(2);
        assertThat(beHealthy.get(0).get("label").asText()).isEqualTo("Adequate");
        assertThat(beHealthy.get(0).get("previous").asInt()).isEqualTo(3);
        assertThat(beHealthy.get(0).get("previousFrom").asText()).isEqualTo("Ofsted APA 2007");
        assertThat(beHealthy.get(0).get("change").asInt()).isEqualTo(-1);
        assertThat(beHealthy.get(0).get("trend").asText()).isEqualTo("DOWN");
        assertThat(beHealthy.get(1).isNull()).isTrue();
        assertThat(table.get("rows").get(1).get("grades").get(0).get("trend").asText()).isEqualTo("SAME");
        assertThat(table.get("rows").get(1).get("grades").get(1).get("change").isNull()).isTrue();
    }

    @Test
    void asAtAnInstantBeforeTheCorrectionTheFirstGradeShows() {
        JsonNode before = grades("2008-12-31");
        JsonNode earlier = grades("2008-01-31");

        assertThat(before.get("rows").get(0).get("grades").get(0).get("grade").asInt()).isEqualTo(3);
        assertThat(before.get("rows").get(0).get("grades").get(0).get("trend").asText()).isEqualTo("SAME");
        assertThat(earlier.get("columns")).extracting(c -> c.get("label").asText()).containsExactly("Ofsted APA 2007");
    }

    @Test
    void areasForDevelopmentListTheirActionsAndTheGaps() {
        JsonNode areas = http.get("/api/inspections/areas-for-development?plan=" + plan + "&minPosition="
                + lastPosition).body();

        assertThat(areas.get("areas")).extracting(a -> a.get("text").asText())
                .containsExactly("Teenage conception", "Infant mortality");
        assertThat(areas.get("areas").get(0).get("actions")).extracting(a -> a.get("ref").asText() + " "
                + a.get("status").asText()).containsExactly("4.2 OPEN", "4.3 CLOSED");
        assertThat(areas.get("gaps")).extracting(a -> a.get("text").asText()).containsExactly("Infant mortality");
        JsonNode inspection = http.get("/api/inspections/" + apa2008 + "?minPosition=" + lastPosition).body();
        assertThat(inspection.get("judgements").get(0).get("previousGrade").asInt()).isEqualTo(3);
        assertThat(inspection.get("judgements").get(0).get("reason").asText())
                .isEqualTo("The final letter graded it adequate");
        JsonNode history = http.get("/api/inspections/" + apa2008 + "/history?minPosition=" + lastPosition).body();
        assertThat(history.get("planId").asText()).isEqualTo(plan.toString());
        assertThat(history.get("events")).hasSize(7);
    }

    @Test
    void aReplayFromTheFirstEventGivesTheSameAnswers() {
        JsonNode before = grades(null);
        db.sql("delete from inspection_judgement where inspection_id = ?").param(apa2008.value()).update();

        Replay.fromTheFirstEvent(processing, InspectionProjection.PROCESSING_GROUP);

        assertThat(grades(null)).isEqualTo(before);
    }

    @Test
    void aBadFilterIs400AndAnUnknownInspection404() {
        assertThat(http.get("/api/inspections/grades?year=last").status()).isEqualTo(400);
        assertThat(http.get("/api/inspections/grades?plan=plan-7").status()).isEqualTo(400);
        assertThat(http.get("/api/inspections/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http.get("/api/inspections/" + UUID.randomUUID() + "/history").status()).isEqualTo(404);
    }

    private JsonNode grades(String asOf) {
        HttpJson.Answer answer = http.get("/api/inspections/grades?organisation="
                + URLEncoder.encode(organisation, StandardCharsets.UTF_8) + "&minPosition=" + lastPosition
                + (asOf == null ? "" : "&asOf=" + asOf));
        assertThat(answer.status()).as("grades: %s", answer.body()).isEqualTo(200);
        return answer.body();
    }
}
