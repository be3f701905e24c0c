package io.plantrail.command.measure;

import io.plantrail.command.lookup.ActionFacts;
import io.plantrail.command.lookup.ActionNotInPlan;
import io.plantrail.command.lookup.PlanFacts;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.command.web.NotFound;
import io.plantrail.events.ActionId;
import io.plantrail.events.MeasureDirection;
import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureUnit;
import io.plantrail.events.MeasureValueStatus;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Rag;
import io.plantrail.events.measure.MeasureDefined;
import io.plantrail.events.measure.MeasureTargetSet;
import io.plantrail.events.measure.MeasureValueRecorded;
import io.plantrail.events.measure.MeasureValueRevised;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.plantrail.events.MeasureValueStatus.FINAL;
import static io.plantrail.events.MeasureValueStatus.PENDING;
import static io.plantrail.events.MeasureValueStatus.PROVISIONAL;

/** Every rule of a measure, with the complaints and assessments measures of the Q2 2011/12 scorecard. */
class MeasureTest {

    private static final PlanId PLAN = PlanId.of("6f1c2a0e-3b7d-4c55-9a10-2d8e4f6b9c01");
    private static final PlanId OTHER_PLAN = PlanId.of("7f1c2a0e-3b7d-4c55-9a10-2d8e4f6b9c02");
    private static final ActionId ACTION = ActionId.of("0b9e7d44-51a2-4f3c-8e6d-7c1a2b3d4e5f");
    private static final MeasureId MEASURE = MeasureId.of("3c2d1e0f-7a6b-4c5d-9e8f-1a2b3c4d5e6f");
    private static final String NAME = "Increase percentage of complaints resolved by the initial investigation";
    private static final String Q1 = "2011/12 Q1";
    private static final String Q2 = "2011/12 Q2";
    private static final String NOTE = "Can only be calculated 20 working days after the end of September.";

    private static final MeasureDefined DEFINED = new MeasureDefined(MEASURE, PLAN, NAME, MeasureDirection.INCREASE,
            MeasureUnit.PERCENT, null, null, null);
    private static final MeasureDefined RAG_DEFINED = new MeasureDefined(MEASURE, PLAN,
            "Complete restructure of children's services", MeasureDirection.INCREASE, MeasureUnit.RAG, null, null, ACTION);

    private final FixtureConfiguration<Measure> fixture = new AggregateTestFixture<>(Measure.class);
    private final Facts facts = new Facts();

    @BeforeEach
    void injectFacts() {
        fixture.registerInjectableResource(facts);
    }

    @Nested
    class Defining {

        @Test
        void definesAMeasureOfAnExistingPlan() {
            facts.plan(PLAN, 1);

            fixture.givenNoPriorActivity()
                    .when(new DefineMeasure(MEASURE, PLAN, NAME, MeasureDirection.INCREASE, MeasureUnit.PERCENT, null,
                            null, null))
                    .expectEvents(DEFINED);
        }

        @Test
        void mayBelongToAnAimAndAnActionOfItsPlan() {
            facts.plan(PLAN, 1);
            facts.action(ACTION, PLAN);

            fixture.givenNoPriorActivity()
                    .when(new DefineMeasure(MEASURE, PLAN, "Complete restructure of children's services",
                            MeasureDirection.INCREASE, MeasureUnit.RAG, null, 1, ACTION))
                    .expectEvents(new MeasureDefined(MEASURE, PLAN, "Complete restructure of children's services",
                            MeasureDirection.INCREASE, MeasureUnit.RAG, null, 1, ACTION));
        }

        @Test
        void refusesAPlanThatDoesNotExist() {
            fixture.givenNoPriorActivity()
                    .when(new DefineMeasure(MEASURE, PLAN, NAME, MeasureDirection.INCREASE, MeasureUnit.PERCENT, null,
                            null, null))
                    .expectException(NotFound.class).expectNoEvents();
        }

        @Test
        void refusesAnAimThePlanDoesNotHave() {
            facts.plan(PLAN, 1);

            fixture.givenNoPriorActivity()
                    .when(new DefineMeasure(MEASURE, PLAN, NAME, MeasureDirection.INCREASE, MeasureUnit.PERCENT, null,
                            7, null))
                    .expectException(MeasureAimUnknown.class).expectNoEvents();
        }

        @Test
        void refusesAnActionThatDoesNotExist() {
            facts.plan(PLAN, 1);

            fixture.givenNoPriorActivity()
                    .when(new DefineMeasure(MEASURE, PLAN, NAME, MeasureDirection.INCREASE, MeasureUnit.PERCENT, null,
                            null, ACTION))
                    .expectException(NotFound.class).expectNoEvents();
        }

        @Test
        void refusesAnActionOfAnotherPlan() {
            facts.plan(PLAN, 1);
            facts.action(ACTION, OTHER_PLAN);

            fixture.givenNoPriorActivity()
                    .when(new DefineMeasure(MEASURE, PLAN, NAME, MeasureDirection.INCREASE, MeasureUnit.PERCENT, null,
                            null, ACTION))
                    .expectException(ActionNotInPlan.class).expectNoEvents();
        }

        @Test
        void refusesAToleranceForAMeasureRatedByColour() {
            facts.plan(PLAN);

            fixture.givenNoPriorActivity()
                    .when(new DefineMeasure(MEASURE, PLAN, NAME, MeasureDirection.MAINTAIN, MeasureUnit.RAG,
                            BigDecimal.ONE, null, null))
                    .expectException(InvalidInput.class).expectNoEvents();
        }
    }

    @Nested
    class SettingATarget {

        @Test
        void setsTheTargetForAPeriod() {
            fixture.given(DEFINED)
                    .when(new SetMeasureTarget(MEASURE, Q2, number("90"), null, null))
                    .expectEvents(new MeasureTargetSet(MEASURE, PLAN, Q2, new BigDecimal("90"), null, null, null, null));
        }

        @Test
        void replacingATargetKeepsThePreviousOneAndTheReason() {
            fixture.given(DEFINED, target("90"))
                    .when(new SetMeasureTarget(MEASURE, Q2, number("95"), "Raised by the board", null))
                    .expectEvents(new MeasureTargetSet(MEASURE, PLAN, Q2, new BigDecimal("95"), null,
                            new BigDecimal("90"), null, "Raised by the board"));
        }

        @Test
        void replacingATargetNeedsAReason() {
            fixture.given(DEFINED, target("90"))
                    .when(new SetMeasureTarget(MEASURE, Q2, number("95"), null, null))
                    .expectException(InvalidInput.class).expectNoEvents();
        }

        @Test
        void theSameTargetAgainIsRefused() {
            fixture.given(DEFINED, target("90"))
                    .when(new SetMeasureTarget(MEASURE, Q2, number("90.0"), "again", null))
                    .expectException(SameTarget.class).expectNoEvents();
        }

        @Test
        void aMeasureRatedByColourTakesAColour() {
            fixture.given(RAG_DEFINED)
                    .when(new SetMeasureTarget(MEASURE, Q2, number("90"), null, null))
                    .expectException(InvalidInput.class).expectNoEvents();
            fixture.given(RAG_DEFINED)
                    .when(new SetMeasureTarget(MEASURE, Q2, new Reading(null, Rag.GREEN), null, null))
                    .expectEvents(new MeasureTargetSet(MEASURE, PLAN, Q2, null, Rag.GREEN, null, null, null));
        }
    }

    @Nested
    class RecordingAValue {

        @Test
        void aPeriodStartsPendingWithWhenItIsExpectedAndItsFootnote() {
            fixture.given(DEFINED)
                    .when(new RecordMeasureValue(MEASURE, Q2, PENDING, null, "Dec 2011", NOTE, null))
                    .expectEvents(pending("Dec 2011"));
        }

        @Test
        void pendingThenProvisionalThenFinal() {
            fixture.given(DEFINED, pending("Dec 2011"))
                    .when(record(PROVISIONAL, "96"))
                    .expectEvents(recorded(PROVISIONAL, "96"));
            fixture.given(DEFINED, pending("Dec 2011"), recorded(PROVISIONAL, "96"))
                    .when(record(FINAL, "96"))
                    .expectEvents(recorded(FINAL, "96"));
        }

        @Test
        void aPendingValueMayBeExpectedLater() {
            fixture.given(DEFINED, pending("Dec 2011"))
                    .when(new RecordMeasureValue(MEASURE, Q2, PENDING, null, "Jan 2012", NOTE, null))
                    .expectEvents(pending("Jan 2012"));
        }

        @Test
        void theSamePendingAgainIsRefused() {
            fixture.given(DEFINED, pending("Dec 2011"))
                    .when(new RecordMeasureValue(MEASURE, Q2, PENDING, null, "Dec 2011", NOTE, null))
                    .expectException(SameMeasureValue.class).expectNoEvents();
        }

        @Test
        void aValueMayBeFinalAtOnce() {
            fixture.given(DEFINED)
                    .when(record(FINAL, "62"))
                    .expectEvents(recorded(FINAL, "62"));
        }

        @Test
        void aReportedValueNeverGoesBackToPending() {
            fixture.given(DEFINED, recorded(PROVISIONAL, "96"))
                    .when(new RecordMeasureValue(MEASURE, Q2, PENDING, null, "Dec 2011", null, null))
                    .expectException(ValueAlreadyAvailable.class).expectNoEvents();
        }

        @Test
        void anotherValueForAReportedPeriodNeedsAReason() {
            fixture.given(DEFINED, recorded(PROVISIONAL, "96"))
                    .when(record(FINAL, "95"))
                    .expectException(InvalidInput.class).expectNoEvents();
            fixture.given(DEFINED, recorded(FINAL, "96"))
                    .when(record(PROVISIONAL, "96"))
                    .expectException(InvalidInput.class).expectNoEvents();
        }

        @Test
        void theSameStepAgainIsRefused() {
            fixture.given(DEFINED, recorded(FINAL, "96"))
                    .when(record(FINAL, "96.0"))
                    .expectException(SameMeasureValue.class).expectNoEvents();
        }

        @Test
        void aPendingValueNamesWhenItIsExpectedAndHasNoValue() {
            fixture.given(DEFINED)
                    .when(new RecordMeasureValue(MEASURE, Q2, PENDING, null, null, null, null))
                    .expectException(InvalidInput.class).expectNoEvents();
            fixture.given(DEFINED)
                    .when(new RecordMeasureValue(MEASURE, Q2, PENDING, number("5"), "Dec 2011", null, null))
                    .expectException(InvalidInput.class).expectNoEvents();
        }

        @Test
        void aReportedValueHasAValueAndNoExpectedDate() {
            fixture.given(DEFINED)
                    .when(new RecordMeasureValue(MEASURE, Q2, FINAL, null, null, null, null))
                    .expectException(InvalidInput.class).expectNoEvents();
            fixture.given(DEFINED)
                    .when(new RecordMeasureValue(MEASURE, Q2, FINAL, number("5"), "Dec 2011", null, null))
                    .expectException(InvalidInput.class).expectNoEvents();
        }

        @Test
        void revisedIsNotAStepToRecord() {
            fixture.given(DEFINED)
                    .when(record(MeasureValueStatus.REVISED, "5"))
                    .expectException(InvalidInput.class).expectNoEvents();
        }

        @Test
        void theValueMustSuitTheUnit() {
            fixture.given(DEFINED).when(record(FINAL, "100.1")).expectException(InvalidInput.class);
            fixture.given(DEFINED).when(new RecordMeasureValue(MEASURE, Q2, FINAL, new Reading(null, Rag.RED), null,
                    null, null)).expectException(InvalidInput.class);
            fixture.given(RAG_DEFINED).when(record(FINAL, "1")).expectException(InvalidInput.class);
            fixture.given(new MeasureDefined(MEASURE, PLAN, "Looked after children", MeasureDirection.REDUCE,
                    MeasureUnit.COUNT, null, null, null)).when(record(FINAL, "2.5")).expectException(InvalidInput.class);
            fixture.given(new MeasureDefined(MEASURE, PLAN, "Overall effectiveness", MeasureDirection.INCREASE,
                    MeasureUnit.GRADE, null, null, null)).when(record(FINAL, "5")).expectException(InvalidInput.class);
            fixture.given(new MeasureDefined(MEASURE, PLAN, "Infant mortality", MeasureDirection.REDUCE,
                    MeasureUnit.RATE, null, null, null)).when(record(FINAL, "-1")).expectException(InvalidInput.class);
        }

        @Test
        void aMeasureRatedByColourRecordsAColour() {
            fixture.given(RAG_DEFINED)
                    .when(new RecordMeasureValue(MEASURE, Q1, FINAL, new Reading(null, Rag.AMBER), null, null, null))
                    .expectEvents(new MeasureValueRecorded(MEASURE, PLAN, Q1, FINAL, null, Rag.AMBER, null, null));
        }

        @Test
        void periodsAreIndependent() {
            fixture.given(DEFINED, recorded(FINAL, "96"))
                    .when(new RecordMeasureValue(MEASURE, Q1, FINAL, number("96"), null, null, null))
                    .expectEvents(new MeasureValueRecorded(MEASURE, PLAN, Q1, FINAL, new BigDecimal("96"), null, null,
                            null));
        }
    }

    @Nested
    class RevisingAValue {

        @Test
        void keepsThePreviousValueAndTheReason() {
            fixture.given(DEFINED, recorded(PROVISIONAL, "96"))
                    .when(new ReviseMeasureValue(MEASURE, Q2, FINAL, number("94"), "Late returns", "Audit found two",
                            null))
                    .expectEvents(new MeasureValueRevised(MEASURE, PLAN, Q2, new BigDecimal("96"), null,
                            new BigDecimal("94"), null, FINAL, "Late returns", "Audit found two"));
        }

        @Test
        void aRevisedValueCanBeRevisedAgainFromItsNewValue() {
            fixture.given(DEFINED, recorded(FINAL, "96"), new MeasureValueRevised(MEASURE, PLAN, Q2,
                            new BigDecimal("96"), null, new BigDecimal("94"), null, FINAL, null, "first"))
                    .when(new ReviseMeasureValue(MEASURE, Q2, FINAL, number("95"), null, "second", null))
                    .expectEvents(new MeasureValueRevised(MEASURE, PLAN, Q2, new BigDecimal("94"), null,
                            new BigDecimal("95"), null, FINAL, null, "second"));
        }

        @Test
        void needsAValueToRevise() {
            fixture.given(DEFINED)
                    .when(new ReviseMeasureValue(MEASURE, Q2, FINAL, number("94"), null, "why", null))
                    .expectException(NoMeasureValue.class).expectNoEvents();
            fixture.given(DEFINED, pending("Dec 2011"))
                    .when(new ReviseMeasureValue(MEASURE, Q2, FINAL, number("94"), null, "why", null))
                    .expectException(NoMeasureValue.class).expectNoEvents();
        }

        @Test
        void theSameValueAgainIsRefused() {
            fixture.given(DEFINED, recorded(FINAL, "96"))
                    .when(new ReviseMeasureValue(MEASURE, Q2, FINAL, number("96.00"), null, "why", null))
                    .expectException(SameMeasureValue.class).expectNoEvents();
        }

        @Test
        void aRevisionIsProvisionalOrFinal() {
            fixture.given(DEFINED, recorded(FINAL, "96"))
                    .when(new ReviseMeasureValue(MEASURE, Q2, PENDING, null, null, "why", null))
                    .expectException(InvalidInput.class).expectNoEvents();
        }

        @Test
        void theNewValueMustSuitTheUnit() {
            fixture.given(DEFINED, recorded(FINAL, "96"))
                    .when(new ReviseMeasureValue(MEASURE, Q2, FINAL, number("101"), null, "why", null))
                    .expectException(InvalidInput.class).expectNoEvents();
        }
    }

    private static Reading number(String value) {
        return new Reading(new BigDecimal(value), null);
    }

    private static MeasureTargetSet target(String value) {
        return new MeasureTargetSet(MEASURE, PLAN, Q2, new BigDecimal(value), null, null, null, null);
    }

    private static RecordMeasureValue record(MeasureValueStatus status, String value) {
        return new RecordMeasureValue(MEASURE, Q2, status, number(value), null, null, null);
    }

    private static MeasureValueRecorded pending(String expected) {
        return new MeasureValueRecorded(MEASURE, PLAN, Q2, PENDING, null, null, expected, NOTE);
    }

    private static MeasureValueRecorded recorded(MeasureValueStatus status, String value) {
        return new MeasureValueRecorded(MEASURE, PLAN, Q2, status, new BigDecimal(value), null, null, null);
    }

    /** The plan and action facts a measure's rules read, held in memory for the fixture. */
    static final class Facts implements PlanFacts, ActionFacts {

        private final Map<PlanId, Set<Integer>> plans = new HashMap<>();
        private final Map<ActionId, PlanId> actions = new HashMap<>();

        void plan(PlanId plan, Integer... aims) {
            plans.put(plan, Set.of(aims));
        }

        void action(ActionId action, PlanId plan) {
            actions.put(action, plan);
        }

        @Override
        public Optional<PlanStatus> statusOf(PlanId plan) {
            return plans.containsKey(plan) ? Optional.of(PlanStatus.ACTIVE) : Optional.empty();
        }

        @Override
        public boolean hasAim(PlanId plan, int number) {
            return plans.getOrDefault(plan, Set.of()).contains(number);
        }

        @Override
        public boolean refTaken(PlanId plan, String ref) {
            return false;
        }

        @Override
        public Optional<PlanId> planOf(ActionId action) {
            return Optional.ofNullable(actions.get(action));
        }
    }
}
