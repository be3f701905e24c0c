package io.plantrail.query.scorecard;

import io.plantrail.events.Rag;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.plantrail.events.MeasureDirection.INCREASE;
import static io.plantrail.events.MeasureDirection.MAINTAIN;
import static io.plantrail.events.MeasureDirection.REDUCE;
import static io.plantrail.query.scorecard.Assessment.AgainstTarget.MET;
import static io.plantrail.query.scorecard.Assessment.AgainstTarget.MISSED;
import static io.plantrail.query.scorecard.Assessment.Trend.HELD;
import static io.plantrail.query.scorecard.Assessment.Trend.IMPROVED;
import static io.plantrail.query.scorecard.Assessment.Trend.WORSENED;
import static org.assertj.core.api.Assertions.assertThat;

/** The direction-aware assessment, with the Q1 and Q2 2011/12 values of the seed scorecard where they fit. */
class AssessmentTest {

    @Nested
    class AgainstThePreviousPeriod {

        @Test
        void anIncreaseMeasureImprovesWhenItRises() {
            assertThat(Assessment.trend(INCREASE, null, n("83"), n("85"))).isEqualTo(IMPROVED); // children's centres
            assertThat(Assessment.trend(INCREASE, null, n("50"), n("45"))).isEqualTo(WORSENED); // children's homes
            assertThat(Assessment.trend(INCREASE, null, n("67"), n("67.0"))).isEqualTo(HELD);  // pupil referral units
        }

        @Test
        void aReduceMeasureImprovesWhenItFalls() {
            assertThat(Assessment.trend(REDUCE, null, n("41.2"), n("39.9"))).isEqualTo(IMPROVED);
            assertThat(Assessment.trend(REDUCE, null, n("39.9"), n("41.2"))).isEqualTo(WORSENED);
            assertThat(Assessment.trend(REDUCE, null, n("12"), n("12"))).isEqualTo(HELD);
        }

        @Test
        void aMaintainMeasureHoldsWithinItsTolerance() {
            BigDecimal twoPoints = new BigDecimal("2");
            assertThat(Assessment.trend(MAINTAIN, twoPoints, n("91.8"), n("89.8"))).isEqualTo(HELD);
            assertThat(Assessment.trend(MAINTAIN, twoPoints, n("91.8"), n("93.8"))).isEqualTo(HELD);
            assertThat(Assessment.trend(MAINTAIN, twoPoints, n("91.8"), n("88.9"))).isEqualTo(WORSENED);
            assertThat(Assessment.trend(MAINTAIN, twoPoints, n("85.9"), n("88.0"))).isEqualTo(IMPROVED);
        }

        @Test
        void aMaintainMeasureWithoutToleranceHoldsOnlyExactly() {
            assertThat(Assessment.trend(MAINTAIN, null, n("85.9"), n("80.1"))).isEqualTo(WORSENED); // initial assessments
            assertThat(Assessment.trend(MAINTAIN, null, n("85.9"), n("85.90"))).isEqualTo(HELD);
        }

        @Test
        void coloursCountRedBelowAmberBelowGreen() {
            assertThat(Assessment.trend(INCREASE, null, rag(Rag.AMBER), rag(Rag.AMBER))).isEqualTo(HELD); // restructure
            assertThat(Assessment.trend(INCREASE, null, rag(Rag.RED), rag(Rag.AMBER))).isEqualTo(IMPROVED);
            assertThat(Assessment.trend(INCREASE, null, rag(Rag.GREEN), rag(Rag.AMBER))).isEqualTo(WORSENED);
        }

        @Test
        void aMissingValueHasNoTrend() {
            assertThat(Assessment.trend(INCREASE, null, n("96"), null)).isNull(); // "available Dec"
            assertThat(Assessment.trend(INCREASE, null, null, n("50"))).isNull();
        }
    }

    @Nested
    class AgainstTheTarget {

        @Test
        void anIncreaseMeasureMeetsATargetItReaches() {
            assertThat(Assessment.againstTarget(INCREASE, null, n("100"), n("100"))).isEqualTo(MET);
            assertThat(Assessment.againstTarget(INCREASE, null, n("100"), n("99.7"))).isEqualTo(MISSED);
        }

        @Test
        void aReduceMeasureMeetsATargetItStaysUnder() {
            assertThat(Assessment.againstTarget(REDUCE, null, n("40"), n("39.9"))).isEqualTo(MET);
            assertThat(Assessment.againstTarget(REDUCE, null, n("40"), n("40.1"))).isEqualTo(MISSED);
        }

        @Test
        void aMaintainMeasureMeetsItsTargetWithinItsToleranceBelow() {
            assertThat(Assessment.againstTarget(MAINTAIN, new BigDecimal("1"), n("85"), n("84"))).isEqualTo(MET);
            assertThat(Assessment.againstTarget(MAINTAIN, new BigDecimal("1"), n("85"), n("83.9"))).isEqualTo(MISSED);
            assertThat(Assessment.againstTarget(MAINTAIN, null, n("85"), n("90"))).isEqualTo(MET);
        }

        @Test
        void aColourTargetIsMetByThatColourOrBetter() {
            assertThat(Assessment.againstTarget(INCREASE, null, rag(Rag.GREEN), rag(Rag.AMBER))).isEqualTo(MISSED);
            assertThat(Assessment.againstTarget(INCREASE, null, rag(Rag.AMBER), rag(Rag.GREEN))).isEqualTo(MET);
        }

        @Test
        void noTargetOrNoValueIsNoVerdict() {
            assertThat(Assessment.againstTarget(INCREASE, null, null, n("50"))).isNull();
            assertThat(Assessment.againstTarget(INCREASE, null, n("50"), null)).isNull();
        }
    }

    private static Assessment.Value n(String number) {
        return new Assessment.Value(new BigDecimal(number), null);
    }

    private static Assessment.Value rag(Rag rag) {
        return new Assessment.Value(null, rag);
    }
}
