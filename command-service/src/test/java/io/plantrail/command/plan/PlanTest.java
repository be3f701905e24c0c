package io.plantrail.command.plan;

import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.plan.PlanActivated;
import io.plantrail.events.plan.PlanClosed;
import io.plantrail.events.plan.PlanCreated;
import io.plantrail.events.plan.StrategicAimAdded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final PlanId PLAN = PlanId.of("6f1c2a0e-3b7d-4c55-9a10-2d8e4f6b9c01");
    private static final PlanCreated CREATED =
            new PlanCreated(PLAN, "Improvement Action Plan", "Leeds City Council", "2009/10", PlanStatus.DRAFT);

    private final FixtureConfiguration<Plan> fixture = new AggregateTestFixture<>(Plan.class);

    @Nested
    class Creating {

        @Test
        void startsAsADraftUnlessToldOtherwise() {
            fixture.givenNoPriorActivity()
                    .when(new CreatePlan(PLAN, "Improvement Action Plan", "Leeds City Council", "2009/10", null))
                    .expectEvents(CREATED);
        }

        @Test
        void mayStartActive() {
            fixture.givenNoPriorActivity()
                    .when(new CreatePlan(PLAN, "Scorecard", "Leeds City Council", "2011/12", PlanStatus.ACTIVE))
                    .expectEvents(new PlanCreated(PLAN, "Scorecard", "Leeds City Council", "2011/12",
                            PlanStatus.ACTIVE));
        }

        @Test
        void cannotStartClosed() {
            fixture.givenNoPriorActivity()
                    .when(new CreatePlan(PLAN, "Old plan", "Leeds City Council", "2008/09", PlanStatus.CLOSED))
                    .expectException(PlanCannotStartClosed.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class AddingAnAim {

        @Test
        void addsTheNumberedAim() {
            fixture.given(CREATED)
                    .when(new AddStrategicAim(PLAN, 1, "Effective leadership and governance", null))
                    .expectEvents(new StrategicAimAdded(PLAN, 1, "Effective leadership and governance"));
        }

        @Test
        void refusesANumberAlreadyUsed() {
            fixture.given(CREATED, new StrategicAimAdded(PLAN, 1, "Effective leadership and governance"))
                    .when(new AddStrategicAim(PLAN, 1, "Something else", null))
                    .expectException(AimAlreadyExists.class)
                    .expectNoEvents();
        }

        @Test
        void isRefusedOnceThePlanIsClosed() {
            fixture.given(CREATED, new PlanClosed(PLAN, null))
                    .when(new AddStrategicAim(PLAN, 1, "Late aim", null))
                    .expectException(PlanIsClosed.class)
                    .expectNoEvents();
        }

        @Test
        void acceptsTheNextNumber() {
            fixture.given(CREATED, new StrategicAimAdded(PLAN, 1, "Effective leadership and governance"))
                    .when(new AddStrategicAim(PLAN, 2, "A highly skilled workforce", null))
                    .expectEvents(new StrategicAimAdded(PLAN, 2, "A highly skilled workforce"));
        }
    }

    @Nested
    class Activating {

        @Test
        void makesADraftActive() {
            fixture.given(CREATED).when(new ActivatePlan(PLAN, null)).expectEvents(new PlanActivated(PLAN));
        }

        @Test
        void refusesAPlanAlreadyActive() {
            fixture.given(CREATED, new PlanActivated(PLAN))
                    .when(new ActivatePlan(PLAN, null))
                    .expectException(PlanAlreadyActive.class)
                    .expectNoEvents();
        }

        @Test
        void neverReopensAClosedPlan() {
            fixture.given(CREATED, new PlanClosed(PLAN, "Superseded"))
                    .when(new ActivatePlan(PLAN, null))
                    .expectException(PlanIsClosed.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Closing {

        @Test
        void closesAnActivePlanWithItsReason() {
            fixture.given(CREATED, new PlanActivated(PLAN))
                    .when(new ClosePlan(PLAN, "Superseded by the 2010/11 plan", null))
                    .expectEvents(new PlanClosed(PLAN, "Superseded by the 2010/11 plan"));
        }

        @Test
        void mayCloseADraftThatNeverBecameActive() {
            fixture.given(CREATED).when(new ClosePlan(PLAN, null, null)).expectEvents(new PlanClosed(PLAN, null));
        }

        @Test
        void refusesAPlanAlreadyClosed() {
            fixture.given(CREATED, new PlanClosed(PLAN, null))
                    .when(new ClosePlan(PLAN, "again", null))
                    .expectException(PlanIsClosed.class)
                    .expectNoEvents();
        }
    }
}
