package io.plantrail.command.action;

import io.plantrail.command.lookup.PlanFacts;
import io.plantrail.command.lookup.RefTaken;
import io.plantrail.command.plan.PlanClosed;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.command.web.NotFound;
import io.plantrail.events.ActionId;
import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Rag;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ProgressRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

class ActionTest {

    private static final PlanId PLAN = PlanId.of("6f1c2a0e-3b7d-4c55-9a10-2d8e4f6b9c01");
    private static final ActionId ACTION = ActionId.of("0b9e7d44-51a2-4f3c-8e6d-7c1a2b3d4e5f");
    private static final List<Lead> LEADS = List.of(new Lead("Jackie Wilson", LeadKind.PERSON));
    private static final Timescale AUG_2010 =
            new Timescale("Aug 2010", LocalDate.of(2010, 8, 31), TimescalePrecision.MONTH, List.of());
    private static final LocalDate TODAY = LocalDate.of(2010, 1, 31);
    private static final ActionAdded ADDED =
            new ActionAdded(ACTION, PLAN, "1.3", 1, "Stabilise the senior management team", LEADS, AUG_2010);

    private final FixtureConfiguration<Action> fixture = new AggregateTestFixture<>(Action.class);
    private final KnownPlans plans = new KnownPlans();

    @BeforeEach
    void injectPlanFacts() {
        fixture.registerInjectableResource(plans);
    }

    @Nested
    class Adding {

        private final AddAction add =
                new AddAction(ACTION, PLAN, "1.3", 1, "Stabilise the senior management team", LEADS, AUG_2010);

        @Test
        void addsTheActionUnderItsAim() {
            plans.open(PLAN, 1);

            fixture.givenNoPriorActivity().when(add).expectEvents(ADDED);
        }

        @Test
        void refusesAPlanThatDoesNotExist() {
            fixture.givenNoPriorActivity().when(add).expectException(NotFound.class).expectNoEvents();
        }

        @Test
        void refusesAClosedPlan() {
            plans.closed(PLAN, 1);

            fixture.givenNoPriorActivity().when(add).expectException(PlanClosed.class).expectNoEvents();
        }

        @Test
        void refusesAnAimThePlanDoesNotHave() {
            plans.open(PLAN, 2);

            fixture.givenNoPriorActivity().when(add).expectException(UnknownAim.class).expectNoEvents();
        }

        @Test
        void refusesARefAlreadyUsedInThePlan() {
            plans.open(PLAN, 1);
            plans.takenRef = "1.3";

            fixture.givenNoPriorActivity().when(add).expectException(RefTaken.class).expectNoEvents();
        }
    }

    @Nested
    class RecordingProgress {

        @Test
        void recordsTheUpdateAgainstThePlanTheActionBelongsTo() {
            fixture.given(ADDED)
                    .when(new RecordProgress(ACTION, "Interim head of service appointed.", Rag.AMBER,
                            LocalDate.of(2010, 1, 15), "2009/10 Q4", TODAY, null))
                    .expectEvents(new ProgressRecorded(ACTION, PLAN, "Interim head of service appointed.",
                            Rag.AMBER, LocalDate.of(2010, 1, 15), "2009/10 Q4"));
        }

        @Test
        void acceptsANarrativeWithoutRag() {
            fixture.given(ADDED)
                    .when(new RecordProgress(ACTION, "Recruitment under way.", null, TODAY, null, TODAY, null))
                    .expectEvents(new ProgressRecorded(ACTION, PLAN, "Recruitment under way.", null, TODAY, null));
        }

        @Test
        void refusesAnAsOfInTheFuture() {
            fixture.given(ADDED)
                    .when(new RecordProgress(ACTION, "Will be done.", Rag.GREEN, TODAY.plusDays(1), null, TODAY,
                            null))
                    .expectException(InvalidInput.class)
                    .expectNoEvents();
        }
    }

    /** The plan facts an action's rules read, held in memory for the fixture. */
    private static final class KnownPlans implements PlanFacts {

        private PlanStatus status;
        private Set<Integer> aims = Set.of();
        private String takenRef;

        void open(PlanId plan, int... aimNumbers) {
            status = PlanStatus.ACTIVE;
            aims = java.util.Arrays.stream(aimNumbers).boxed().collect(java.util.stream.Collectors.toSet());
        }

        void closed(PlanId plan, int... aimNumbers) {
            open(plan, aimNumbers);
            status = PlanStatus.CLOSED;
        }

        @Override
        public Optional<PlanStatus> statusOf(PlanId plan) {
            return Optional.ofNullable(status);
        }

        @Override
        public boolean hasAim(PlanId plan, int number) {
            return aims.contains(number);
        }

        @Override
        public boolean refTaken(PlanId plan, String ref) {
            return ref.equals(takenRef);
        }
    }
}
