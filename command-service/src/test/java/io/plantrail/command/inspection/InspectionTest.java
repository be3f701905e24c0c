package io.plantrail.command.inspection;

import io.plantrail.command.lookup.ActionFacts;
import io.plantrail.command.lookup.ActionNotInPlan;
import io.plantrail.command.lookup.PlanFacts;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.command.web.NotFound;
import io.plantrail.events.ActionId;
import io.plantrail.events.InspectionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.inspection.AreaForDevelopmentIdentified;
import io.plantrail.events.inspection.AreaForDevelopmentLinked;
import io.plantrail.events.inspection.InspectionRecorded;
import io.plantrail.events.inspection.JudgementRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every rule of an inspection, with the APA 2008 of the seed papers. */
class InspectionTest {

    private static final PlanId PLAN = PlanId.of("6f1c2a0e-3b7d-4c55-9a10-2d8e4f6b9c01");
    private static final PlanId OTHER_PLAN = PlanId.of("7f1c2a0e-3b7d-4c55-9a10-2d8e4f6b9c02");
    private static final InspectionId APA = InspectionId.of("8a7b6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d");
    private static final ActionId TEENAGE_CONCEPTIONS = ActionId.of("0b9e7d44-51a2-4f3c-8e6d-7c1a2b3d4e5f");
    private static final ActionId DENTAL_CHECKS = ActionId.of("1b9e7d44-51a2-4f3c-8e6d-7c1a2b3d4e5f");
    private static final UUID AREA = UUID.fromString("2f3e4d5c-6b7a-4988-8776-655443322110");
    private static final LocalDate TODAY = LocalDate.of(2009, 1, 15);
    private static final LocalDate LETTER = LocalDate.of(2008, 12, 10);

    private static final InspectionRecorded RECORDED =
            new InspectionRecorded(APA, PLAN, "APA", 2008, "Ofsted", LETTER, "Leeds City Council");
    private static final AreaForDevelopmentIdentified IDENTIFIED = new AreaForDevelopmentIdentified(APA, PLAN, AREA,
            "Be Healthy", "Teenage conception", List.of(TEENAGE_CONCEPTIONS));

    private final FixtureConfiguration<Inspection> fixture = new AggregateTestFixture<>(Inspection.class);
    private final Facts facts = new Facts();

    @BeforeEach
    void injectFacts() {
        fixture.registerInjectableResource(facts);
    }

    @Nested
    class Recording {

        @Test
        void recordsAnInspectionThatInformsAPlan() {
            facts.plans.add(PLAN);

            fixture.givenNoPriorActivity()
                    .when(new RecordInspection(APA, PLAN, "APA", 2008, "Ofsted", LETTER, "Leeds City Council", TODAY))
                    .expectEvents(RECORDED);
        }

        @Test
        void anInspectionNeedNotInformAPlan() {
            fixture.givenNoPriorActivity()
                    .when(new RecordInspection(APA, null, "APA", 2007, "Ofsted", LocalDate.of(2007, 12, 1),
                            "Leeds City Council", TODAY))
                    .expectEvents(new InspectionRecorded(APA, null, "APA", 2007, "Ofsted", LocalDate.of(2007, 12, 1),
                            "Leeds City Council"));
        }

        @Test
        void refusesAPlanThatDoesNotExist() {
            fixture.givenNoPriorActivity()
                    .when(new RecordInspection(APA, PLAN, "APA", 2008, "Ofsted", LETTER, "Leeds City Council", TODAY))
                    .expectException(NotFound.class).expectNoEvents();
        }

        @Test
        void refusesADateInTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(new RecordInspection(APA, null, "APA", 2008, "Ofsted", TODAY.plusDays(1), "Leeds City Council",
                            TODAY))
                    .expectException(InvalidInput.class).expectNoEvents();
        }
    }

    @Nested
    class Judging {

        @Test
        void gradesAnOutcomeArea() {
            fixture.given(RECORDED)
                    .when(new RecordJudgement(APA, "Be Healthy", 2, null, null))
                    .expectEvents(new JudgementRecorded(APA, PLAN, "Be Healthy", 2, null, null));
        }

        @Test
        void gradesRunFromOneToFour() {
            fixture.given(RECORDED).when(new RecordJudgement(APA, "Be Healthy", 0, null, null))
                    .expectException(InvalidInput.class).expectNoEvents();
            fixture.given(RECORDED).when(new RecordJudgement(APA, "Be Healthy", 5, null, null))
                    .expectException(InvalidInput.class).expectNoEvents();
        }

        @Test
        void correctingAGradeKeepsThePreviousOneAndNeedsAReason() {
            JudgementRecorded first = new JudgementRecorded(APA, PLAN, "Be Healthy", 3, null, null);
            fixture.given(RECORDED, first)
                    .when(new RecordJudgement(APA, "be healthy", 2, null, null))
                    .expectException(InvalidInput.class).expectNoEvents();
            fixture.given(RECORDED, first)
                    .when(new RecordJudgement(APA, "Be Healthy", 2, "Final letter", null))
                    .expectEvents(new JudgementRecorded(APA, PLAN, "Be Healthy", 2, 3, "Final letter"));
        }

        @Test
        void theSameGradeAgainIsRefused() {
            fixture.given(RECORDED, new JudgementRecorded(APA, PLAN, "Stay Safe", 2, null, null))
                    .when(new RecordJudgement(APA, "Stay Safe", 2, "again", null))
                    .expectException(SameJudgement.class).expectNoEvents();
        }
    }

    @Nested
    class IdentifyingAnAreaForDevelopment {

        @Test
        void namesTheActionsThatAnswerIt() {
            facts.actions.put(TEENAGE_CONCEPTIONS, PLAN);

            fixture.given(RECORDED)
                    .when(new IdentifyAreaForDevelopment(APA, AREA, "Be Healthy", "Teenage conception",
                            List.of(TEENAGE_CONCEPTIONS), null))
                    .expectEvents(IDENTIFIED);
        }

        @Test
        void mayHaveNoActionYet() {
            fixture.given(RECORDED)
                    .when(new IdentifyAreaForDevelopment(APA, AREA, null, "Social care vacancies", List.of(), null))
                    .expectEvents(new AreaForDevelopmentIdentified(APA, PLAN, AREA, null, "Social care vacancies",
                            List.of()));
        }

        @Test
        void refusesAnActionThatDoesNotExist() {
            fixture.given(RECORDED)
                    .when(new IdentifyAreaForDevelopment(APA, AREA, "Be Healthy", "Teenage conception",
                            List.of(TEENAGE_CONCEPTIONS), null))
                    .expectException(NotFound.class).expectNoEvents();
        }

        @Test
        void refusesAnActionOfAnotherPlan() {
            facts.actions.put(TEENAGE_CONCEPTIONS, OTHER_PLAN);

            fixture.given(RECORDED)
                    .when(new IdentifyAreaForDevelopment(APA, AREA, "Be Healthy", "Teenage conception",
                            List.of(TEENAGE_CONCEPTIONS), null))
                    .expectException(ActionNotInPlan.class).expectNoEvents();
        }

        @Test
        void refusesTheSameActionTwice() {
            facts.actions.put(TEENAGE_CONCEPTIONS, PLAN);

            fixture.given(RECORDED)
                    .when(new IdentifyAreaForDevelopment(APA, AREA, "Be Healthy", "Teenage conception",
                            List.of(TEENAGE_CONCEPTIONS, TEENAGE_CONCEPTIONS), null))
                    .expectException(InvalidInput.class).expectNoEvents();
        }

        @Test
        void refusesAnAreaIdAlreadyUsed() {
            fixture.given(RECORDED, IDENTIFIED)
                    .when(new IdentifyAreaForDevelopment(APA, AREA, null, "Infant mortality", List.of(), null))
                    .expectException(AreaForDevelopmentExists.class).expectNoEvents();
        }
    }

    @Nested
    class LinkingAnAction {

        @Test
        void addsAnActionThatAnswersTheArea() {
            facts.actions.put(DENTAL_CHECKS, PLAN);

            fixture.given(RECORDED, IDENTIFIED)
                    .when(new LinkAreaForDevelopment(APA, AREA, DENTAL_CHECKS, null))
                    .expectEvents(new AreaForDevelopmentLinked(APA, PLAN, AREA, DENTAL_CHECKS));
        }

        @Test
        void refusesAnActionAlreadyLinked() {
            facts.actions.put(TEENAGE_CONCEPTIONS, PLAN);

            fixture.given(RECORDED, IDENTIFIED)
                    .when(new LinkAreaForDevelopment(APA, AREA, TEENAGE_CONCEPTIONS, null))
                    .expectException(ActionAlreadyLinked.class).expectNoEvents();
            fixture.given(RECORDED, IDENTIFIED, new AreaForDevelopmentLinked(APA, PLAN, AREA, DENTAL_CHECKS))
                    .when(new LinkAreaForDevelopment(APA, AREA, DENTAL_CHECKS, null))
                    .expectException(ActionAlreadyLinked.class).expectNoEvents();
        }

        @Test
        void refusesAnAreaTheInspectionDidNotName() {
            facts.actions.put(DENTAL_CHECKS, PLAN);

            fixture.given(RECORDED)
                    .when(new LinkAreaForDevelopment(APA, AREA, DENTAL_CHECKS, null))
                    .expectException(UnknownAreaForDevelopment.class).expectNoEvents();
        }

        @Test
        void refusesAnActionOfAnotherPlanOrNone() {
            fixture.given(RECORDED, IDENTIFIED)
                    .when(new LinkAreaForDevelopment(APA, AREA, DENTAL_CHECKS, null))
                    .expectException(NotFound.class).expectNoEvents();
            facts.actions.put(DENTAL_CHECKS, OTHER_PLAN);
            fixture.given(RECORDED, IDENTIFIED)
                    .when(new LinkAreaForDevelopment(APA, AREA, DENTAL_CHECKS, null))
                    .expectException(ActionNotInPlan.class).expectNoEvents();
        }

        @Test
        void anInspectionWithoutAPlanMayLinkAnyAction() {
            facts.actions.put(DENTAL_CHECKS, OTHER_PLAN);
            InspectionRecorded noPlan = new InspectionRecorded(APA, null, "APA", 2008, "Ofsted", LETTER, "Leeds");

            fixture.given(noPlan, new AreaForDevelopmentIdentified(APA, null, AREA, null, "Dental checks", List.of()))
                    .when(new LinkAreaForDevelopment(APA, AREA, DENTAL_CHECKS, null))
                    .expectEvents(new AreaForDevelopmentLinked(APA, null, AREA, DENTAL_CHECKS));
        }
    }

    /** The plan and action facts an inspection's rules read, held in memory for the fixture. */
    static final class Facts implements PlanFacts, ActionFacts {

        final Set<PlanId> plans = new HashSet<>();
        final Map<ActionId, PlanId> actions = new HashMap<>();

        @Override
        public Optional<PlanStatus> statusOf(PlanId plan) {
            return plans.contains(plan) ? Optional.of(PlanStatus.ACTIVE) : Optional.empty();
        }

        @Override
        public boolean hasAim(PlanId plan, int number) {
            return false;
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
