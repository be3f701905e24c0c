package io.plantrail.command.imports;

import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.TimescalePrecision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlanTableReaderTest {

    private static PlanTable read(String text) {
        return new PlanTableReader(new LeadReader(List.of(), List.of()))
                .read(TableText.read(text, TableText.guessDelimiter(text)));
    }

    /** Seed 004, the draft improvement action plan 2009/10, exactly as pasted (OCR damage included). */
    @Nested
    class SeedPlan2009 {

        private static final Path TRANSCRIPTION =
                Path.of("../query-service/src/test/resources/seed/improvement-plan-2009-10.json");

        private final PlanTable table = read(Seeds.text(Seeds.PLAN_2009));

        @Test
        void hasItsFiveAimsWithTheirTitlesEvenTheOneSplitAcrossCells() {
            assertThat(table.aims()).extracting(PlanTable.Aim::number, PlanTable.Aim::title).containsExactly(
                    tuple(1, "Effective leadership and governance of integrated children's services in Leeds"),
                    tuple(2, "A highly skilled, well supported, motivated and continually developing workforce"),
                    tuple(3, "Excellent safeguarding standards and practice"),
                    tuple(4, "All young people participating fully, socially and economically"),
                    tuple(5, "Improve outcomes for looked after children"));
        }

        @Test
        void hasItsTwentyFourActionsUnderTheirAims() {
            assertThat(table.actions()).extracting(PlanTable.Action::ref).containsExactly(
                    "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "2.1", "2.2", "2.3", "2.4",
                    "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "5.1", "5.2", "5.3");
            assertThat(table.actions()).allSatisfy(action ->
                    assertThat(action.ref()).startsWith(action.aim() + "."));
            assertThat(table.unreadable()).isEmpty();
        }

        @Test
        void readsLeadsAsThePaperNamesThem() {
            Map<String, List<Lead>> leads = table.actions().stream()
                    .collect(Collectors.toMap(PlanTable.Action::ref, PlanTable.Action::leads));

            assertThat(leads.get("1.1")).containsExactly(new Lead("CX", LeadKind.POST)); // OCR'd as Cyrillic СХ
            assertThat(leads.get("1.2")).containsExactly(new Lead("CX", LeadKind.POST), new Lead("ACE", LeadKind.POST),
                    new Lead("interim DCS", LeadKind.POST));
            assertThat(leads.get("1.5")).containsExactly(new Lead("Interim DCS", LeadKind.POST),
                    new Lead("Children's Trust Board", LeadKind.BODY));
            assertThat(leads.get("2.1")).containsExactly(new Lead("Ken Morton", LeadKind.PERSON),
                    new Lead("Catherine Marchant", LeadKind.PERSON));
            assertThat(leads.get("2.2")).isEmpty(); // TBC
            assertThat(leads.get("3.2")).containsExactly(new Lead("CX", LeadKind.POST),
                    new Lead("Interim DCS", LeadKind.POST), new Lead("Chair LSCB", LeadKind.POST));
            assertThat(leads.get("3.3")).containsExactly(new Lead("DCS", LeadKind.POST));
            assertThat(leads.get("4.6")).containsExactly(new Lead("Simon Whitehead", LeadKind.PERSON));
        }

        @Test
        void saysWhatItRepairedOnTheWay() {
            PlanTable.Action appoint = table.actions().get(0);

            assertThat(appoint.warnings()).singleElement().asString().contains("'СХ' as 'CX'");
        }

        @Test
        void readsTimescalesWithTheTimescaleParser() {
            Map<String, PlanTable.Action> actions = table.actions().stream()
                    .collect(Collectors.toMap(PlanTable.Action::ref, action -> action));

            assertThat(actions.get("1.1").timescale().text()).isEqualTo("Jan 2010 – Interim Summer 2010 - Permanent");
            assertThat(actions.get("1.1").timescale().milestones()).hasSize(2);
            assertThat(actions.get("1.1").timescale().due()).isEqualTo(LocalDate.of(2010, 8, 31));
            assertThat(actions.get("1.2").timescale().due()).isEqualTo(LocalDate.of(2010, 4, 30));
            assertThat(actions.get("1.8").timescale().due()).isEqualTo(LocalDate.of(2010, 2, 28));
            assertThat(actions.get("2.1").timescale().due()).isEqualTo(LocalDate.of(2010, 6, 30));
            assertThat(actions.get("3.1").timescale().precision()).isEqualTo(TimescalePrecision.ONGOING);
            assertThat(actions.get("4.1").timescale().precision()).isEqualTo(TimescalePrecision.TBC);
        }

        @Test
        void keepsProgressToDateAsTheFirstNarrative() {
            assertThat(table.actions()).allSatisfy(action -> assertThat(action.progress()).isNotBlank());
            assertThat(table.actions().get(11).progress()).isEqualTo("See 2.1 above.");
        }

        /** The same plan as transcribed by hand for the query side's tests: the import reads it identically. */
        @Test
        void readsWhatTheHandTranscriptionSays() throws IOException {
            JsonNode transcribed = new ObjectMapper().readTree(TRANSCRIPTION.toFile());
            List<PlanTable.Action> actions = table.actions();

            assertThat(actions).hasSize(transcribed.get("actions").size());
            for (int i = 0; i < actions.size(); i++) {
                PlanTable.Action read = actions.get(i);
                JsonNode expected = transcribed.get("actions").get(i);
                assertThat(read.ref()).isEqualTo(expected.get("ref").asText());
                assertThat(read.aim()).isEqualTo(expected.get("aim").asInt());
                assertThat(read.title()).isEqualTo(expected.get("title").asText());
                assertThat(read.timescale().text()).isEqualTo(expected.get("timescale").get("text").asText());
                assertThat(read.progress()).isEqualTo(expected.get("progress").get("narrative").asText());
                List<Lead> leads = new ArrayList<>();
                expected.get("leads").forEach(lead -> leads.add(new Lead(lead.get("name").asText(),
                        LeadKind.valueOf(lead.get("kind").asText()))));
                assertThat(read.leads()).as(read.ref()).isEqualTo(leads);
            }
            assertThat(table.aims()).extracting(PlanTable.Aim::title).containsExactlyElementsOf(
                    transcribed.get("aims").findValuesAsText("title"));
        }

        @Test
        void readsEveryHeaderRowTheDamagedOneByLikeness() {
            List<PlanTable.Header> headers = table.rows().stream().filter(PlanTable.Header.class::isInstance)
                    .map(PlanTable.Header.class::cast).toList();

            assertThat(headers).hasSize(6);
            assertThat(headers.get(0).line()).isEqualTo(5);
            assertThat(headers.get(0).columns()).containsExactly("Ref", "Priority", "Lead", "Timescale",
                    "Progress to date");
            assertThat(headers.get(0).warnings()).singleElement().asString().contains("damaged header row");
            assertThat(headers.get(1).warnings()).isEmpty();
        }

        @Test
        void accountsForEveryOtherLineAsBannerOrDebris() {
            List<PlanTable.Ignored> ignored = table.rows().stream().filter(PlanTable.Ignored.class::isInstance)
                    .map(PlanTable.Ignored.class::cast).toList();

            assertThat(ignored).extracting(PlanTable.Ignored::text).contains("DRAFT – WORK IN PROGRESS",
                    "<u> </u> 5 5");
            assertThat(ignored).extracting(PlanTable.Ignored::line).contains(1, 29, 45, 59);
        }
    }

    @Nested
    class BrokenRows {

        private static final String TEXT = """
                Strategic Aim: 1. Better housing
                Ref,Action,Lead,Due date,Progress
                1.1,Repair council homes,Head of Housing / Tenants' Panel,March 2011,Survey done
                1.2,,Jane Smith,June 2011,
                ,Build 100 homes,Jane Smith,2012,
                1.1,Repair them again,Jane Smith,2012,
                1.3,"Insulate lofts, walls and roofs",Jane Smith with Bob Jones,Q3 2010/11,"Two estates done.
                Third under way."
                1.4,Too wide,Jane Smith,2012,note,extra cell
                Aim 2
                2.1,No aim title above,Jane Smith,2012,
                """;

        private final PlanTable table = read(TEXT);

        @Test
        void readsTheGoodRowsInCsvWithQuotedCells() {
            assertThat(table.actions()).extracting(PlanTable.Action::ref).containsExactly("1.1", "1.3");
            PlanTable.Action lofts = table.actions().get(1);
            assertThat(lofts.title()).isEqualTo("Insulate lofts, walls and roofs");
            assertThat(lofts.progress()).isEqualTo("Two estates done.\nThird under way.");
            assertThat(lofts.leads()).containsExactly(new Lead("Jane Smith", LeadKind.PERSON),
                    new Lead("Bob Jones", LeadKind.PERSON));
            assertThat(table.actions().get(0).leads()).containsExactly(new Lead("Head of Housing", LeadKind.POST),
                    new Lead("Tenants' Panel", LeadKind.BODY));
        }

        @Test
        void namesEachUnreadableRowByLineWithWhy() {
            assertThat(table.unreadable()).extracting(PlanTable.Unreadable::line, u -> u.problems().get(0))
                    .containsExactly(
                            tuple(4, "has no Priority (the action's title)"),
                            tuple(5, "has no Ref; every action needs one, such as 1.1"),
                            tuple(6, "ref 1.1 is already used on line 3"),
                            tuple(9, "has text in column 6, beyond the table's 5 columns: 'extra cell'"),
                            tuple(10, "aim 2 has no title"),
                            tuple(11, "its Strategic Aim heading on line 10 could not be read"));
        }
    }

    @Nested
    class Leads {

        private final LeadReader leads = new LeadReader(List.of("Housing Champion"), List.of("ALMO"));

        @Test
        void kindsComeFromTheListsTheCallerGivesToo() {
            assertThat(leads.read("Housing Champion/ALMO").leads()).containsExactly(
                    new Lead("Housing Champion", LeadKind.POST), new Lead("ALMO", LeadKind.BODY));
        }

        @Test
        void anUnknownAcronymIsAPostAndSaysItWasGuessed() {
            LeadReader.Read read = leads.read("XYZ");

            assertThat(read.leads()).containsExactly(new Lead("XYZ", LeadKind.POST));
            assertThat(read.warnings()).singleElement().asString().contains("no list of posts or bodies");
        }

        @Test
        void theSameLeadTwiceIsOneLead() {
            assertThat(leads.read("CX / cx").leads()).containsExactly(new Lead("CX", LeadKind.POST));
        }
    }
}
