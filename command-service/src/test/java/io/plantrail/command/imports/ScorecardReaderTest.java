package io.plantrail.command.imports;

import io.plantrail.events.Rag;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScorecardReaderTest {

    private static Scorecard read(String text) {
        return ScorecardReader.read(TableText.read(text, '\t'));
    }

    /** Seed 000, the Children's Services directorate scorecard for quarter 2 of 2011/12. */
    @Nested
    class SeedScorecard2011 {

        private final Scorecard scorecard = read(Seeds.text(Seeds.SCORECARD_2011));

        @Test
        void hasItsTitleAndReportingPeriod() {
            assertThat(scorecard.title()).isEqualTo("Appendix 1b 2011/12 Children's Services Directorate Scorecard");
            assertThat(scorecard.period()).isEqualTo("2011/12 Q2");
            assertThat(scorecard.problems()).isEmpty();
        }

        @Test
        void hasItsFivePrioritiesWithSummaryAndOverallRag() {
            assertThat(scorecard.priorities()).extracting(Scorecard.Priority::name, Scorecard.Priority::overall)
                    .containsExactly(
                            tuple("Create the environment for effective partnership working", Rag.GREEN),
                            tuple("Deliver the Children and Young People's Plan (CYPP) with the aim of creating a Child Friendly City", Rag.GREEN),
                            tuple("Put in place a joined-up children's directorate", Rag.AMBER),
                            tuple("Build a strong relationship with schools which delivers improved outcomes and develops their role in their local area", Rag.GREEN),
                            tuple("Develop a high performing and skilled workforce", Rag.GREEN));
            assertThat(scorecard.priorities().get(0).summary()).startsWith("The Children's Trust Board (CTB) is functioning well");
        }

        @Test
        void theRestructureIsAMeasureRatedByColourOnItsPrioritysRow() {
            Scorecard.Measure restructure = scorecard.measures().get(0);

            assertThat(restructure.name()).isEqualTo("Complete restructure of children's services");
            assertThat(restructure.unit()).isEqualTo(Scorecard.Unit.RAG);
            assertThat(restructure.priority()).isEqualTo("Put in place a joined-up children's directorate");
            assertThat(restructure.values()).extracting(Scorecard.QuarterValue::period, Scorecard.QuarterValue::rag)
                    .containsExactly(tuple("2011/12 Q1", Rag.AMBER), tuple("2011/12 Q2", Rag.AMBER));
        }

        @Test
        void hasNineSupportingMeasuresWithDirectionAndQuarterlyPercentages() {
            List<Scorecard.Measure> supporting = scorecard.measures().subList(1, scorecard.measures().size());

            assertThat(supporting).hasSize(9);
            assertThat(supporting).allSatisfy(measure -> {
                assertThat(measure.unit()).isEqualTo(Scorecard.Unit.PERCENT);
                assertThat(measure.priority()).isNull();
            });
            assertThat(supporting).extracting(Scorecard.Measure::direction).containsExactly(
                    Scorecard.Direction.INCREASE, Scorecard.Direction.INCREASE, Scorecard.Direction.INCREASE,
                    Scorecard.Direction.MAINTAIN, Scorecard.Direction.MAINTAIN, Scorecard.Direction.INCREASE,
                    Scorecard.Direction.INCREASE, Scorecard.Direction.INCREASE, Scorecard.Direction.INCREASE);
            assertThat(supporting.get(3).values()).extracting(Scorecard.QuarterValue::value,
                    Scorecard.QuarterValue::status).containsExactly(
                    tuple(new BigDecimal("85.9"), Scorecard.ValueStatus.FINAL),
                    tuple(new BigDecimal("80.1"), Scorecard.ValueStatus.FINAL));
        }

        @Test
        void aValueAvailableInDecemberIsPendingWithItsFootnote() {
            Scorecard.QuarterValue q2 = scorecard.measures().get(9).values().get(1);

            assertThat(scorecard.measures().get(9).name())
                    .isEqualTo("Increase percentage of complaints resolved by the initial investigation");
            assertThat(q2.period()).isEqualTo("2011/12 Q2");
            assertThat(q2.status()).isEqualTo(Scorecard.ValueStatus.PENDING);
            assertThat(q2.expected()).isEqualTo(YearMonth.of(2011, 12));
            assertThat(q2.value()).isNull();
            assertThat(q2.footnotes()).containsExactly(1);
        }

        @Test
        void keepsTheNotesAndTheSelfAssessment() {
            assertThat(scorecard.notes()).containsOnlyKeys(1, 2, 3);
            assertThat(scorecard.notes().get(1)).startsWith("The percentage of quarter 2 complaints resolved");
            assertThat(scorecard.notes().get(2)).isEqualTo("Snapshot indicator, as at 30 June 2011 and 30 September 2011.");
            assertThat(scorecard.selfAssessment()).startsWith("A significant focus of improvement activity")
                    .contains("- Information sharing between partner agencies in relation to domestic violence.");
        }
    }

    @Test
    void namesWhatItCannotRead() {
        Scorecard scorecard = read("""
                Reporting Period : Quarter 3 2012/13
                Directorate Priorities\tProgress Summary\tOverall Progress\tSupporting Measures\tQ1\tQ2\tQ3\tQ4
                Keep children safe\tOn track\tPurple\t\t\t\t\t
                \t\t\tReduce repeat referrals\t23.5%\tabout a quarter\t21% (p)\t
                \t\t\tNumber of adoptions\t12\t14\t\t
                """);

        assertThat(scorecard.problems()).extracting(Scorecard.Line::line, Scorecard.Line::reason).containsExactly(
                tuple(3, "Overall Progress 'Purple' is not Red, Amber or Green"),
                tuple(4, "the Q2 value 'about a quarter' is not a number, a colour or 'available <month>'"),
                tuple(5, "the measure 'Number of adoptions' does not start with Increase, Maintain or Reduce, so its "
                        + "direction is not known"));
        assertThat(scorecard.measures().get(0).values()).extracting(Scorecard.QuarterValue::period,
                Scorecard.QuarterValue::status).containsExactly(
                tuple("2012/13 Q1", Scorecard.ValueStatus.FINAL), tuple("2012/13 Q3", Scorecard.ValueStatus.PROVISIONAL));
        assertThat(scorecard.measures().get(1).unit()).isEqualTo(Scorecard.Unit.COUNT);
    }

    @Test
    void aTargetColumnGivesTheReportingQuartersTargetAndAMeasureItsUnitFromItsValuesOrName() {
        Scorecard scorecard = read("""
                Reporting Period : Quarter 3 2012/13
                Directorate Priorities\tProgress Summary\tOverall Progress\tSupporting Measures\tTarget\tQ1\tQ2\tQ3\tQ4
                Keep children safe\tOn track\tGreen\tReduce repeat referrals\t20%\t23.5%\t22%\t21% (p)\t
                \t\t\tIncrease percentage of reviews on time\t\tavailable Jan\t\t\t
                \t\t\tIncrease adopters approved\tmany\tavailable Jan\t\t\t
                \t\t\tReduce re-offending per 100 young people\t\t4.5\t4.2\t4\t
                """);

        Scorecard.Measure referrals = scorecard.measures().get(0);
        assertThat(referrals.target().period()).isEqualTo("2012/13 Q3");
        assertThat(referrals.target().value()).isEqualByComparingTo("20");
        assertThat(referrals.unit()).isEqualTo(Scorecard.Unit.PERCENT);
        assertThat(scorecard.measures().get(1).unit()).isEqualTo(Scorecard.Unit.PERCENT);
        assertThat(scorecard.measures().get(1).target()).isNull();
        assertThat(scorecard.measures().get(3).unit()).isEqualTo(Scorecard.Unit.RATE); // 4.5 is no count
        assertThat(scorecard.problems()).extracting(Scorecard.Line::line, Scorecard.Line::reason).containsExactly(
                tuple(5, "the target 'many' is not a number or a colour"),
                tuple(5, "the measure 'Increase adopters approved' has no value that shows its unit (%, a number or "
                        + "a colour)"));
    }

    @Test
    void theSeedsTitleNamesThePlanWithoutItsPlaceInTheBoardPack() {
        assertThat(ScorecardImport.planTitle("Appendix 1b 2011/12 Children's Services Directorate Scorecard"))
                .isEqualTo("2011/12 Children's Services Directorate Scorecard");
        assertThat(ScorecardImport.planTitle("Adult Services Scorecard")).isEqualTo("Adult Services Scorecard");
        assertThat(ScorecardImport.quarterEnd("2011/12 Q4")).isEqualTo(java.time.LocalDate.of(2012, 3, 31));
        assertThat(ScorecardImport.financialYear("2011/12 Q2")).isEqualTo("2011/12");
    }
}
