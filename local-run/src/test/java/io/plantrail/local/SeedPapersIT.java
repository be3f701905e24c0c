package io.plantrail.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two seed papers through the HTTP API of both services, running as their own processes: the Q2 2011/12 directorate
 * scorecard ({@code 000_59543bb38dfc42ce.txt}) and the grade table of the 2008 annual performance assessment
 * ({@code 002_b4c7170f1e52af1e.txt}). Each paper is transcribed below as printed, cell by cell; it is sent as commands
 * to the command service, read back from the query service, printed again the way the paper prints it, and must come
 * out exactly the same.
 */
class SeedPapersIT {

    /**
     * Appendix 1b, the scorecard for quarter 2 of 2011/12, as printed: Directorate Priorities, Progress Summary,
     * Overall Progress, Supporting Measures, Q1, Q2, Q3, Q4. The rows without a priority are the supporting measures
     * listed below the priorities.
     */
    static final List<List<String>> SCORECARD = List.of(
            row("Create the environment for effective partnership working",
                    "The Children's Trust Board (CTB) is functioning well, with productive relationships at "
                    + "board level. There is also increased front-line partnership and integration work taking "
                    + "place in early adopter clusters and through initiatives such as the 'Early Start' "
                    + "service; that has brought health visiting services and children's centres together. The "
                    + "CTB has agreed a new performance framework and is reviewing the sub-group structure. "
                    + "Good relationships are also being developed with the shadow health and wellbeing board, "
                    + "which will assume statutory responsibility for commissioning, including commissioning of "
                    + "children's services during 2012. The recently published Ofsted report on safeguarding "
                    + "services in Leeds acknowledges that the CTB \"provides effective and ambitious "
                    + "leadership\" and notes that partners are fully engaged in working together to deliver the "
                    + "CYPP priorities.",
                    "Green", "",
                    "", "", "", ""),
            row("Deliver the Children and Young People's Plan (CYPP) with the aim of creating a Child "
                    + "Friendly City",
                    "The agreed approach for addressing the improvement priorities in the CYPP is through "
                    + "outcomes based accountability sessions being held in clusters for each of the three "
                    + "obsession areas, to identify local improvement activity. Clusters are well underway with "
                    + "this process and local action plans are being formulated. A wide range of consultation "
                    + "activity has taken place with young people to shape the Child Friendly City work "
                    + "programme. The Children's Trust Board are developing draft pledges, based on the "
                    + "priorities identified by young people and an Ambassador programme is being developed. "
                    + "The monitoring of the impact of delivery is being done through the new CTB performance "
                    + "framework.",
                    "Green", "",
                    "", "", "", ""),
            row("Put in place a joined-up children's directorate",
                    "The JNC tier 3 and 4 recruitment process was delayed due to the Ofsted inspection of "
                    + "safeguarding services. Assessment centres took place in October, with interviews in "
                    + "November. The new Deputy Director: Safeguarding, Targeted and Specialist Services will "
                    + "take up his post in December and the Chief Officer for Partnership Development and "
                    + "Business Support started in October. Interviews for the vacant Deputy Director: "
                    + "Learning, Skills and Universal Services are planned to take place in early December.",
                    "Amber", "Complete restructure of children's services",
                    "Amber", "Amber", "", ""),
            row("Build a strong relationship with schools which delivers improved outcomes and develops "
                    + "their role in their local area",
                    "The Leeds Education Challenge is a city-wide commitment to a child friendly city that "
                    + "drives school improvement and reflects the new relationship with schools. The Children's "
                    + "Trust Board recently agreed the leadership structure for the Leeds Education Challenge, "
                    + "which embraces partnership working and includes direction from nationally renowned "
                    + "experts. Changes in the governance structures of much of the secondary provision in "
                    + "Leeds is intended to secure further improvement in pupil outcomes, although a growing "
                    + "number of academy conversions, does have the potential to create fragmentation. "
                    + "Mitigating this is the positive headteacher involvement to date in committing to "
                    + "continued partnership working as part of the 'big conversation;' a discussion with "
                    + "school leaders about the changing relationship between schools and the local authority.",
                    "Green", "",
                    "", "", "", ""),
            row("Develop a high performing and skilled workforce",
                    "There has been significant workforce development activity in quarter 2. A directorate "
                    + "workforce development plan has been approved by CSLT; Mark Friedman has delivered OBA "
                    + "awareness sessions to both directorate based staff and to a wider council audience; a "
                    + "full programme of training to support the statutory requirements in early years/social "
                    + "care and youth has been delivered; autumn NQT induction sessions have taken place with "
                    + "numbers up on last year despite charging for the events for the first time; and school "
                    + "improvement and organisational development colleagues have delivered a workshop for "
                    + "newly appointed school NQT induction coordinators. School based leaders and participants "
                    + "from the directorate's 'Aspiring leaders' programme participated in a pilot event run by "
                    + "Common Purpose that brought participants face to face with colleagues from various "
                    + "organisations across the city. Feedback showed that this type of workshop is a useful "
                    + "method of bringing together participants from partner organisations. In September the "
                    + "formal 3 year partnership between the directorate and the Refugee Council came to an end "
                    + "as the funding for the refugee teacher project ceased. This is not the end of the "
                    + "relationship as we will continue to work with RETAS to secure work and voluntary "
                    + "placements in the classroom for refugee teachers, contributing to the diversification of "
                    + "the school workforce. In recognition of the work that has taken place over the last 3 "
                    + "years we were awarded a 'Certificate of Recognition' for the 'outstanding commitment to "
                    + "supporting overseas experienced teachers from refugee backgrounds.'",
                    "Green", "",
                    "", "", "", ""),
            row("", "", "", "Increase percentage of children's homes that are rated good or better by Ofsted",
                    "50%", "45%", "", ""),
            row("", "", "", "Increase percentage of council-run children's centres that are rated good or better by "
                    + "Ofsted",
                    "83%", "85%", "", ""),
            row("", "", "", "Increase percentage of pupil referral units rated good or better by Ofsted",
                    "67%", "67%", "", ""),
            row("", "", "", "Maintain percentage of initial assessments carried out by social care within timescale",
                    "85.9%", "80.1%", "", ""),
            row("", "", "", "Maintain percentage of in-depth (or core) assessments carried out by social care within "
                    + "timescale",
                    "91.8%", "88.9%", "", ""),
            row("", "", "", "Increase percentage of children in care with a qualified social worker",
                    "99.4%", "100%", "", ""),
            row("", "", "", "Increase percentage of children with a child protection plan with a qualified social "
                    + "worker",
                    "99.7%", "100%", "", ""),
            row("", "", "", "Increase percentage of complaints resolved within 20 days",
                    "63%", "62%", "", ""),
            row("", "", "", "Increase percentage of complaints resolved by the initial investigation",
                    "96%", "available Dec ¹", "", ""));

    /** The scorecard's note 1, marked on the Q2 value that is "available Dec". */
    static final String NOTE_1 = "The percentage of quarter 2 complaints resolved within 20 working days can only be "
            + "calculated 20 working days after the end of September, and complaints have 20 working days after this "
            + "point to decide if they wish to take a complaint to stage 2.";
    static final String PERIOD = "2011/12 Q2";
    static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");

    /** Section 3.1 of the APA 2008 report: the summary scores beside the previous relevant judgements. */
    static final List<String> GRADE_HEADER = List.of("", "OfSTED APA 2008", "Self- evaluation 2008", "JAR 2008",
            "APA 2007");
    static final List<List<String>> GRADES = List.of(
            List.of("Be Healthy", "2", "3", "", "3"),
            List.of("Stay Safe", "2", "2", "2", "2"),
            List.of("Enjoy and Achieve", "3", "3", "", "3"),
            List.of("Positive Contribution", "3", "4", "", "3"),
            List.of("Economic Wellbeing", "2", "2", "2", "3"),
            List.of("Capacity to Improve", "2", "3", "3", "3"),
            List.of("Overall Effectiveness", "2", "3", "3", "3"));
    /**
     * Who judged in each column, in which framework and year, and when. The paper gives no day for any of them: the
     * JAR reported in May 2008, the APA 2007 went to the board on 19 December 2007, and the APA 2008 letter and the
     * self-evaluation came before the board's January 2009 meeting; the dates below are those months' ends.
     */
    static final List<List<String>> INSPECTIONS = List.of(
            List.of("APA", "2008", "Ofsted", "2008-12-31"),
            List.of("APA", "2008", "Self-evaluation", "2008-12-31"),
            List.of("JAR", "2008", "JAR", "2008-05-31"),
            List.of("APA", "2007", "Ofsted", "2007-12-19"));
    static final String LEEDS = "Leeds City Council";
    /**
     * The council the grade table is recorded for in this run. The grades view gathers every inspection of an
     * organisation, and with DATABASE_URL other test runs and modules share the database, so each run names its own.
     */
    private static final String INSPECTED = LEEDS + " (run " + UUID.randomUUID().toString().substring(0, 8) + ")";

    /** The areas for development the APA 2008 letter names, by outcome area (sections 4 to 9 of the report). */
    static final List<List<String>> AREAS_FOR_DEVELOPMENT = List.of(
            List.of("Be Healthy", "Teenage conception"),
            List.of("Be Healthy", "Health services for Looked After Children"),
            List.of("Be Healthy", "Infant mortality"),
            List.of("Stay Safe", "Fostering service"),
            List.of("Stay Safe", "Quality of residential care"),
            List.of("Stay Safe", "Timeliness of reviews for Looked After Children"),
            List.of("Enjoy and Achieve", "Attendance rates"),
            List.of("Enjoy and Achieve", "Raising achievement for children from some minority ethnic backgrounds"),
            List.of("Positive Contribution", "Participation by looked after children in their reviews"),
            List.of("Positive Contribution", "The number of looked after children receiving final warnings or "
                    + "convictions"),
            List.of("Economic Wellbeing", "The proportion of young people Not in Education, Employment or Training"),
            List.of("Economic Wellbeing", "The proportion of young people with Level 3 qualifications at aged 19"),
            List.of("Capacity to Improve", "Social care vacancies"),
            List.of("Capacity to Improve", "Value for money of preventative and family support services"));

    private static LocalSystem system;
    private static PlantrailClient commands;
    private static PlantrailClient queries;
    private static long lastPosition;

    @BeforeAll
    static void startTheSystem() throws Exception {
        system = RunningSystem.start();
        commands = system.client(system.commandService(), "manager");
        queries = system.client(system.queryService(), "auditor");
    }

    @AfterAll
    static void stopTheSystem() {
        system.close();
    }

    @Test
    void theQ2ScorecardComesBackAsThePaperPrintsIt() {
        String plan = loadTheScorecard();

        assertIsThePaper(scorecard(plan, null));
    }

    /** The seed's own text through POST /api/imports gives the same scorecard as the commands sent by hand. */
    @Test
    void theQ2ScorecardImportedFromTheSeedTextComesBackAsThePaperPrintsIt() throws Exception {
        String plan = UUID.randomUUID().toString();
        String text = new String(SeedPapersIT.class.getResourceAsStream(DemoData.SCORECARD_RESOURCE).readAllBytes(),
                StandardCharsets.UTF_8);
        PlantrailClient.Answer imported = commands.postText("/api/imports?kind=scorecard&status=ACTIVE&planId=" + plan
                + "&organisation=" + encode(LEEDS), text, "text/tab-separated-values");
        assertThat(imported.status()).as("import: %s", imported.body()).isEqualTo(201);
        lastPosition = imported.body().get("position").asLong();

        JsonNode scorecard = scorecard(plan, null);

        assertIsThePaper(scorecard);
        assertThat(scorecard.get("title").asText()).isEqualTo("2011/12 Children's Services Directorate Scorecard");
        assertThat(scorecard.get("priorities")).extracting(p -> p.get("ref").asText())
                .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5");
    }

    /**
     * The Q2 scorecard as the paper prints it: five priorities, ten supporting measures (one rated Red/Amber/Green,
     * nine in percentages), the one value pending "available Dec" with its note, each measure's trend.
     */
    private static void assertIsThePaper(JsonNode scorecard) {
        assertThat(printed(scorecard)).containsExactlyElementsOf(SCORECARD);
        assertThat(scorecard.get("priorities")).hasSize(5);
        assertThat(scorecard.get("priorities").get(2).get("measures").size() + scorecard.get("measures").size())
                .isEqualTo(10);
        assertThat(scorecard.get("notes")).hasSize(1);
        assertThat(scorecard.get("notes").get(0).get("number").asInt()).isEqualTo(1);
        assertThat(scorecard.get("notes").get(0).get("text").asText()).isEqualTo(NOTE_1);
        JsonNode pending = scorecard.get("measures").get(8).get("quarters").get("Q2");
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("expected").asText()).isEqualTo("Dec 2011");
        // Each measure in its own direction against Q1: the paper's text says the children's homes figure "has fallen".
        List<String> trends = new ArrayList<>();
        trends.add(scorecard.get("priorities").get(2).get("measures").get(0).get("assessment").get("trend").asText());
        scorecard.get("measures").forEach(m -> trends.add(m.get("assessment").get("trend").asText()));
        assertThat(trends).containsExactly("HELD", "WORSENED", "IMPROVED", "HELD", "WORSENED", "WORSENED", "IMPROVED",
                "IMPROVED", "WORSENED", "null");
        assertThat(scorecard.get("priorities").get(2).get("measures").get(0).get("unit").asText()).isEqualTo("RAG");
        scorecard.get("measures").forEach(m -> assertThat(m.get("unit").asText()).isEqualTo("PERCENT"));
    }

    @Test
    void aRevisedValueShowsBothValuesAndTheReasonAndAsAtBeforeItTheOldOne() throws InterruptedException {
        String plan = loadTheScorecard();
        String homes = scorecard(plan, null).get("measures").get(0).get("measureId").asText();
        String beforeRevision = Instant.now().toString();
        Thread.sleep(20); // the revision is recorded strictly after the instant asked about

        JsonNode revised = commands.command("/api/measures/" + homes + "/values", Map.of("period", PERIOD,
                "value", 42, "status", "FINAL", "reason", "A home closed in September was still counted"));
        lastPosition = revised.get("position").asLong();

        JsonNode now = scorecard(plan, null).get("measures").get(0).get("quarters").get("Q2");
        assertThat(now.get("status").asText()).isEqualTo("REVISED");
        assertThat(now.get("display").asText()).isEqualTo("42%");
        JsonNode revision = now.get("steps").get(1);
        assertThat(revision.get("previousValue").asText()).isEqualTo("45");
        assertThat(revision.get("value").asText()).isEqualTo("42");
        assertThat(revision.get("reason").asText()).isEqualTo("A home closed in September was still counted");
        JsonNode then = scorecard(plan, beforeRevision).get("measures").get(0).get("quarters").get("Q2");
        assertThat(then.get("status").asText()).isEqualTo("FINAL");
        assertThat(then.get("display").asText()).isEqualTo("45%");
        JsonNode history = queries.get("/api/measures/" + homes + "/history?minPosition=" + lastPosition).body();
        JsonNode last = history.get("events").get(history.get("events").size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("MeasureValueRevised");
        assertThat(last.get("reason").asText()).isEqualTo("A home closed in September was still counted");
        assertThat(last.get("changes").toString()).contains("value[2011/12 Q2]").contains("45").contains("42");
    }

    @Test
    void theApa2008GradeTableComesBackAsThePaperPrintsIt() {
        String responsePlan = loadTheGradeTable();

        JsonNode table = queries.get("/api/inspections/grades?organisation=" + encode(INSPECTED) + "&year=2008"
                + "&minPosition=" + lastPosition).body();

        List<List<String>> columns = new ArrayList<>();
        table.get("columns").forEach(c -> columns.add(List.of(c.get("framework").asText(), c.get("year").asText(),
                c.get("source").asText(), c.get("date").asText())));
        assertThat(columns).hasSize(GRADE_HEADER.size() - 1).containsExactlyElementsOf(INSPECTIONS);
        List<List<String>> rows = new ArrayList<>();
        table.get("rows").forEach(row -> {
            List<String> cells = new ArrayList<>(List.of(row.get("area").asText()));
            row.get("grades").forEach(g -> cells.add(g.isNull() ? "" : g.get("grade").asText()));
            rows.add(cells);
        });
        assertThat(rows).containsExactlyElementsOf(GRADES);
        // Ofsted's 2008 grades against its 2007 ones; the other sources have no earlier assessment here.
        for (int i = 0; i < GRADES.size(); i++) {
            JsonNode ofsted = table.get("rows").get(i).get("grades").get(0);
            int change = Integer.parseInt(GRADES.get(i).get(1)) - Integer.parseInt(GRADES.get(i).get(4));
            assertThat(ofsted.get("change").asInt()).as(GRADES.get(i).get(0)).isEqualTo(change);
            assertThat(ofsted.get("previousFrom").asText()).isEqualTo("Ofsted APA 2007");
            assertThat(table.get("rows").get(i).get("grades").get(1).get("change").isNull()).isTrue();
        }
        assertThat(table.get("rows").get(0).get("grades").get(0).get("label").asText()).isEqualTo("Adequate");
        assertThat(table.get("rows").get(0).get("grades").get(0).get("trend").asText()).isEqualTo("DOWN");

        JsonNode areas = queries.get("/api/inspections/areas-for-development?plan=" + responsePlan
                + "&minPosition=" + lastPosition).body();
        assertThat(areas.get("areas")).extracting(a -> a.get("text").asText())
                .containsExactlyElementsOf(AREAS_FOR_DEVELOPMENT.stream().map(a -> a.get(1)).toList());
        Map<String, List<String>> answered = new LinkedHashMap<>();
        areas.get("areas").forEach(a -> {
            if (!a.get("actions").isEmpty()) {
                answered.put(a.get("text").asText(), StreamSupport.stream(a.get("actions").spliterator(), false)
                        .map(action -> action.get("ref").asText()).toList());
            }
        });
        assertThat(answered).containsExactly(
                Map.entry("Teenage conception", List.of("4.2")),
                Map.entry("Health services for Looked After Children", List.of("4.3")),
                Map.entry("Timeliness of reviews for Looked After Children", List.of("5.4")),
                Map.entry("Participation by looked after children in their reviews", List.of("5.4")));
        assertThat(areas.get("gaps")).hasSize(AREAS_FOR_DEVELOPMENT.size() - 4);
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    /** Sends the paper as commands; answers the plan's id. */
    private static String loadTheScorecard() {
        String plan = commands.command("/api/plans", Map.of("title", "2011/12 Children's Services Directorate Scorecard",
                "organisation", LEEDS, "period", "2011/12", "status", "ACTIVE")).get("id").asText();
        commands.command("/api/plans/" + plan + "/aims", Map.of("number", 1, "title", "Directorate Priorities"));
        int priorities = 0;
        String priority = null;
        for (List<String> row : SCORECARD) {
            if (!row.get(0).isEmpty()) {
                priorities++;
                priority = commands.command("/api/plans/" + plan + "/actions", Map.of("ref", "1." + priorities,
                        "aim", 1, "title", row.get(0), "leads", List.of(), "timescale", Map.of("text", "2011/12")))
                        .get("id").asText();
                lastPosition = commands.command("/api/actions/" + priority + "/progress", Map.of(
                        "narrative", row.get(1), "rag", row.get(2).toUpperCase(Locale.ROOT), "asOf", "2011-09-30",
                        "period", PERIOD)).get("position").asLong();
            }
            if (!row.get(3).isEmpty()) {
                defineMeasure(plan, row.get(0).isEmpty() ? null : priority, row);
            }
        }
        return plan;
    }

    private static void defineMeasure(String plan, String priority, List<String> row) {
        String name = row.get(3);
        boolean rag = QUARTERS.stream().map(q -> row.get(4 + QUARTERS.indexOf(q)))
                .anyMatch(cell -> List.of("Red", "Amber", "Green").contains(cell));
        // The paper's own word, "Increase ..." or "Maintain ..."; a restructure to complete can only move towards Green.
        String word = name.split(" ")[0].toUpperCase(Locale.ROOT);
        String direction = List.of("INCREASE", "MAINTAIN", "REDUCE").contains(word) ? word : "INCREASE";
        Map<String, Object> measure = new LinkedHashMap<>(Map.of("name", name, "direction", direction,
                "unit", rag ? "RAG" : "PERCENT"));
        if (priority != null) {
            measure.put("action", priority);
        }
        String id = commands.command("/api/plans/" + plan + "/measures", measure).get("id").asText();
        for (int q = 0; q < QUARTERS.size(); q++) {
            String cell = row.get(4 + q);
            if (cell.isEmpty()) {
                continue;
            }
            Map<String, Object> value = new LinkedHashMap<>(Map.of("period", "2011/12 " + QUARTERS.get(q)));
            if (cell.startsWith("available ")) {
                // "available Dec ¹": expected in December of the financial year 2011/12, with note 1.
                value.putAll(Map.of("status", "PENDING", "expected", "Dec 2011", "note", NOTE_1));
            } else if (rag) {
                value.putAll(Map.of("status", "FINAL", "value", cell.toUpperCase(Locale.ROOT)));
            } else {
                value.putAll(Map.of("status", "FINAL", "value", new BigDecimal(cell.replace("%", ""))));
            }
            lastPosition = commands.command("/api/measures/" + id + "/values", value).get("position").asLong();
        }
    }

    private static JsonNode scorecard(String plan, String asOf) {
        PlantrailClient.Answer answer = queries.get("/api/plans/" + plan + "/scorecard?period=" + encode(PERIOD)
                + "&minPosition=" + lastPosition + (asOf == null ? "" : "&asOf=" + encode(asOf)));
        assertThat(answer.status()).as("scorecard: %s", answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** The answer printed as the paper prints it: a row per priority with its first measure, then the others. */
    private static List<List<String>> printed(JsonNode scorecard) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode priority : scorecard.get("priorities")) {
            List<String> row = new ArrayList<>(List.of(priority.get("title").asText(),
                    priority.get("narrative").asText(), colour(priority.get("rag").asText())));
            JsonNode measures = priority.get("measures");
            row.addAll(measures.isEmpty() ? List.of("", "", "", "", "") : measure(measures.get(0)));
            rows.add(row);
        }
        for (JsonNode measure : scorecard.get("measures")) {
            List<String> row = new ArrayList<>(List.of("", "", ""));
            row.addAll(measure(measure));
            rows.add(row);
        }
        return rows;
    }

    private static List<String> measure(JsonNode measure) {
        List<String> cells = new ArrayList<>(List.of(measure.get("name").asText()));
        for (String quarter : QUARTERS) {
            JsonNode cell = measure.get("quarters").get(quarter);
            cells.add(cell.isNull() ? "" : cell.get("display").asText()
                    + (cell.get("noteNumber").isNull() ? "" : " " + superscript(cell.get("noteNumber").asInt())));
        }
        return cells;
    }

    private static String colour(String rag) {
        return rag.charAt(0) + rag.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String superscript(int number) {
        return String.valueOf("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(number));
    }

    /** Sends the grade table and the letter's areas for development as commands; answers the response plan's id. */
    private static String loadTheGradeTable() {
        String plan = commands.command("/api/plans", Map.of("title", "Response to the Annual Performance Assessment 2008",
                "organisation", INSPECTED, "period", "2008/09", "status", "ACTIVE")).get("id").asText();
        commands.command("/api/plans/" + plan + "/aims", Map.of("number", 4, "title", "Be Healthy"));
        commands.command("/api/plans/" + plan + "/aims", Map.of("number", 5, "title", "Stay Safe"));
        String conceptions = action(plan, "4.2", 4, "Joint local plans and commissioning in the six wards with highest "
                + "need, and a citywide social marketing campaign", "2010");
        String lacHealth = action(plan, "4.3", 4, "Invest in the LAC Health Team and improve shared IT systems",
                "March 2009");
        String reviewers = action(plan, "5.4", 5, "Recruit two further Independent Reviewing Officers", "April 2009");

        List<String> inspections = new ArrayList<>();
        for (List<String> inspection : INSPECTIONS) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("framework", inspection.get(0),
                    "year", Integer.parseInt(inspection.get(1)), "source", inspection.get(2), "date", inspection.get(3),
                    "organisation", INSPECTED));
            if (inspections.isEmpty()) {
                body.put("plan", plan); // Ofsted's APA 2008 is the one the plan answers
            }
            inspections.add(commands.command("/api/inspections", body).get("id").asText());
        }
        for (List<String> row : GRADES) {
            for (int column = 0; column < inspections.size(); column++) {
                String grade = row.get(column + 1);
                if (!grade.isEmpty()) {
                    lastPosition = commands.command("/api/inspections/" + inspections.get(column) + "/judgements",
                            Map.of("area", row.get(0), "grade", Integer.parseInt(grade))).get("position").asLong();
                }
            }
        }
        Map<String, String> answers = Map.of("Teenage conception", conceptions,
                "Health services for Looked After Children", lacHealth,
                "Timeliness of reviews for Looked After Children", reviewers);
        String participation = null;
        for (List<String> area : AREAS_FOR_DEVELOPMENT) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("outcomeArea", area.get(0), "text", area.get(1)));
            if (answers.containsKey(area.get(1))) {
                body.put("actions", List.of(answers.get(area.get(1))));
            }
            PlantrailClient.Answer identified = commands.post("/api/inspections/" + inspections.get(0)
                    + "/areas-for-development", body);
            assertThat(identified.status()).as("%s", identified.body()).isEqualTo(201);
            if (area.get(1).startsWith("Participation")) {
                participation = identified.header("Location");
            }
        }
        // Section 7.2: participation in reviews is answered by the same new reviewing officers, linked later.
        lastPosition = commands.command(participation + "/actions", Map.of("action", reviewers))
                .get("position").asLong();
        return plan;
    }

    private static String action(String plan, String ref, int aim, String title, String timescale) {
        return commands.command("/api/plans/" + plan + "/actions", Map.of("ref", ref, "aim", aim, "title", title,
                "leads", List.of(), "timescale", Map.of("text", timescale))).get("id").asText();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
