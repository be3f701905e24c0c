package io.plantrail.command.action;

import io.plantrail.command.lookup.PlanFacts;
import io.plantrail.command.lookup.RefTaken;
import io.plantrail.command.plan.PlanIsClosed;
import io.plantrail.command.web.InvalidInput;
import io.plantrail.command.web.NotFound;
import io.plantrail.events.ActionId;
import io.plantrail.events.ClosureOutcome;
import io.plantrail.events.EvidenceSubject;
import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;
import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import io.plantrail.events.Rag;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import io.plantrail.events.action.ActionAdded;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ActionRescheduled;
import io.plantrail.events.action.EvidenceAttached;
import io.plantrail.events.action.LeadChanged;
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
import java.util.UUID;

class ActionTest {

    private static final PlanId PLAN = PlanId.of("6f1c2a0e-3b7d-4c55-9a10-2d8e4f6b9c01");
    private static final ActionId ACTION = ActionId.of("0b9e7d44-51a2-4f3c-8e6d-7c1a2b3d4e5f");
    private static final List<Lead> LEADS = List.of(new Lead("Jackie Wilson", LeadKind.PERSON));
    private static final Timescale AUG_2010 =
            new Timescale("Aug 2010", LocalDate.of(2010, 8, 31), TimescalePrecision.MONTH, List.of());
    private static final LocalDate TODAY = LocalDate.of(2010, 1, 31);
    private static final ActionAdded ADDED =
            new ActionAdded(ACTION, PLAN, "1.3", 1, "Stabilise the senior management team", LEADS, AUG_2010);
    private static final ProgressRecorded PROGRESS =
            new ProgressRecorded(ACTION, PLAN, "Interim head of service appointed.", Rag.AMBER, TODAY, null);
    private static final LeadChanged LEAD_CHANGED = new LeadChanged(ACTION, PLAN, LEADS,
            List.of(new Lead("Interim DCS", LeadKind.POST)), "Restructure");
    private static final ActionClosed CLOSED =
            new ActionClosed(ACTION, PLAN, ClosureOutcome.COMPLETED, "Chair in post", TODAY);
    private static final Evidence MINUTES = new Evidence(UUID.fromString("5e0c1a7b-9d2f-4c3e-8a61-0f2b3c4d5e6f"),
            "LSCB minutes", "https://example.org/lscb/2010-01-14.pdf",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", LocalDate.of(2010, 1, 14));

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

            fixture.givenNoPriorActivity().when(add).expectException(PlanIsClosed.class).expectNoEvents();
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
                    .when(progress("Interim head of service appointed.", Rag.AMBER, LocalDate.of(2010, 1, 15), List.of()))
                    .expectEvents(new ProgressRecorded(ACTION, PLAN, "Interim head of service appointed.",
                            Rag.AMBER, LocalDate.of(2010, 1, 15), "2009/10 Q4"));
        }

        @Test
        void acceptsANarrativeWithoutRag() {
            fixture.given(ADDED)
                    .when(new RecordProgress(ACTION, "Recruitment under way.", null, TODAY, null, List.of(), TODAY,
                            ActingFor.ANY_ACTION, null))
                    .expectEvents(new ProgressRecorded(ACTION, PLAN, "Recruitment under way.", null, TODAY, null));
        }

        @Test
        void attachesItsEvidenceToThisUpdateBySequenceNumber() {
            fixture.given(ADDED, PROGRESS, LEAD_CHANGED)
                    .when(progress("Board minutes attached.", Rag.GREEN, TODAY, List.of(MINUTES)))
                    .expectEvents(new ProgressRecorded(ACTION, PLAN, "Board minutes attached.", Rag.GREEN, TODAY,
                                    "2009/10 Q4"),
                            evidence(EvidenceSubject.PROGRESS, 3L));
        }

        @Test
        void refusesAnAsOfInTheFuture() {
            fixture.given(ADDED)
                    .when(progress("Will be done.", Rag.GREEN, TODAY.plusDays(1), List.of()))
                    .expectException(InvalidInput.class)
                    .expectNoEvents();
        }

        @Test
        void isRefusedOnceTheActionIsClosed() {
            fixture.given(ADDED, CLOSED)
                    .when(progress("Late news.", null, TODAY, List.of()))
                    .expectException(ActionAlreadyClosed.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class ChangingTheLead {

        private final List<Lead> board = List.of(new Lead("Children's Trust Board", LeadKind.BODY));

        @Test
        void keepsWhoLedBeforeBesideWhoLeadsNow() {
            fixture.given(ADDED)
                    .when(new ChangeLead(ACTION, board, "DCS retired", null))
                    .expectEvents(new LeadChanged(ACTION, PLAN, LEADS, board, "DCS retired"));
        }

        @Test
        void comparesWithTheLeadsAfterEarlierChanges() {
            fixture.given(ADDED, new LeadChanged(ACTION, PLAN, LEADS, board, "DCS retired"))
                    .when(new ChangeLead(ACTION, LEADS, "Back to the service", null))
                    .expectEvents(new LeadChanged(ACTION, PLAN, board, LEADS, "Back to the service"));
        }

        @Test
        void refusesTheSameLeads() {
            fixture.given(ADDED)
                    .when(new ChangeLead(ACTION, LEADS, "No change", null))
                    .expectException(SameLeads.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTheSameLeadsInAnotherOrder() {
            List<Lead> two = List.of(new Lead("Ken Morton", LeadKind.PERSON), new Lead("Catherine Marchant", LeadKind.PERSON));
            fixture.given(ADDED, new LeadChanged(ACTION, PLAN, LEADS, two, "Shared lead"))
                    .when(new ChangeLead(ACTION, List.of(two.get(1), two.get(0)), "Swap", null))
                    .expectException(SameLeads.class)
                    .expectNoEvents();
        }

        @Test
        void isRefusedOnceTheActionIsClosed() {
            fixture.given(ADDED, CLOSED)
                    .when(new ChangeLead(ACTION, board, "Too late", null))
                    .expectException(ActionAlreadyClosed.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Rescheduling {

        private final Timescale q3 =
                new Timescale("Q3 2010/11", LocalDate.of(2010, 12, 31), TimescalePrecision.QUARTER, List.of());

        @Test
        void keepsThePreviousTimescaleBesideTheNewOne() {
            fixture.given(ADDED)
                    .when(new RescheduleAction(ACTION, q3, "Recruitment extended", null))
                    .expectEvents(new ActionRescheduled(ACTION, PLAN, AUG_2010, q3, "Recruitment extended"));
        }

        @Test
        void comparesWithTheTimescaleAfterEarlierReschedules() {
            fixture.given(ADDED, new ActionRescheduled(ACTION, PLAN, AUG_2010, q3, "Recruitment extended"))
                    .when(new RescheduleAction(ACTION, q3, "Again", null))
                    .expectException(SameTimescale.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTheSameTimescale() {
            fixture.given(ADDED)
                    .when(new RescheduleAction(ACTION, AUG_2010, "No change", null))
                    .expectException(SameTimescale.class)
                    .expectNoEvents();
        }

        @Test
        void isRefusedOnceTheActionIsClosed() {
            fixture.given(ADDED, CLOSED)
                    .when(new RescheduleAction(ACTION, q3, "Too late", null))
                    .expectException(ActionAlreadyClosed.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Closing {

        @Test
        void recordsOutcomeNoteAndTheDayItEnded() {
            fixture.given(ADDED)
                    .when(new CloseAction(ACTION, ClosureOutcome.COMPLETED, "Chair in post", LocalDate.of(2010, 1, 20),
                            List.of(), TODAY, null))
                    .expectEvents(new ActionClosed(ACTION, PLAN, ClosureOutcome.COMPLETED, "Chair in post",
                            LocalDate.of(2010, 1, 20)));
        }

        @Test
        void attachesItsEvidenceToTheClosure() {
            fixture.given(ADDED, PROGRESS)
                    .when(new CloseAction(ACTION, ClosureOutcome.COMPLETED, "Done", TODAY, List.of(MINUTES), TODAY, null))
                    .expectEvents(new ActionClosed(ACTION, PLAN, ClosureOutcome.COMPLETED, "Done", TODAY),
                            evidence(EvidenceSubject.CLOSURE, 2L));
        }

        @Test
        void refusesAClosedOnInTheFuture() {
            fixture.given(ADDED)
                    .when(new CloseAction(ACTION, ClosureOutcome.DROPPED, "Later", TODAY.plusDays(1), List.of(), TODAY, null))
                    .expectException(InvalidInput.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnActionAlreadyClosed() {
            fixture.given(ADDED, CLOSED)
                    .when(new CloseAction(ACTION, ClosureOutcome.DROPPED, "Again", TODAY, List.of(), TODAY, null))
                    .expectException(ActionAlreadyClosed.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Reopening {

        @Test
        void reopensAClosedActionWithItsReason() {
            fixture.given(ADDED, CLOSED)
                    .when(new ReopenAction(ACTION, "Chair resigned", null))
                    .expectEvents(new ActionReopened(ACTION, PLAN, "Chair resigned"));
        }

        @Test
        void refusesAnOpenAction() {
            fixture.given(ADDED)
                    .when(new ReopenAction(ACTION, "Never closed", null))
                    .expectException(ActionNotClosed.class)
                    .expectNoEvents();
        }

        @Test
        void letsTheActionTakeProgressAgain() {
            fixture.given(ADDED, CLOSED, new ActionReopened(ACTION, PLAN, "Chair resigned"))
                    .when(new RecordProgress(ACTION, "Recruiting again.", Rag.RED, TODAY, null, List.of(), TODAY, ActingFor.ANY_ACTION, null))
                    .expectEvents(new ProgressRecorded(ACTION, PLAN, "Recruiting again.", Rag.RED, TODAY, null));
        }
    }

    /** api.md: a LEAD may record progress and attach evidence only on actions whose current leads they act for. */
    @Nested
    class LeadsActingForThemselves {

        @Test
        void mayRecordProgressOnAnActionTheyLead() {
            fixture.given(ADDED)
                    .when(progressActingFor(ActingFor.leads("jackie wilson "), "Panel met."))
                    .expectEvents(new ProgressRecorded(ACTION, PLAN, "Panel met.", null, TODAY, "2009/10 Q4"));
        }

        @Test
        void mayNotRecordProgressOnAnotherLeadsAction() {
            fixture.given(ADDED)
                    .when(progressActingFor(ActingFor.leads("Ken Morton"), "Not mine."))
                    .expectException(NotLeadOfAction.class)
                    .expectNoEvents();
        }

        @Test
        void loseTheActionWhenTheLeadChanges() {
            fixture.given(ADDED, LEAD_CHANGED)
                    .when(progressActingFor(ActingFor.leads("Jackie Wilson"), "Still mine?"))
                    .expectException(NotLeadOfAction.class)
                    .expectNoEvents();
        }

        @Test
        void gainTheActionWhenItIsHandedToThem() {
            fixture.given(ADDED, LEAD_CHANGED)
                    .when(progressActingFor(ActingFor.leads("Interim DCS"), "Handed over."))
                    .expectEvents(new ProgressRecorded(ACTION, PLAN, "Handed over.", null, TODAY, "2009/10 Q4"));
        }

        @Test
        void areRefusedBeforeBeingToldTheActionIsClosed() {
            fixture.given(ADDED, CLOSED)
                    .when(progressActingFor(ActingFor.leads("Ken Morton"), "Not mine."))
                    .expectException(NotLeadOfAction.class)
                    .expectNoEvents();
        }

        @Test
        void mayNotAttachEvidenceToAnotherLeadsAction() {
            fixture.given(ADDED)
                    .when(new AttachEvidence(ACTION, MINUTES, ActingFor.leads("Ken Morton"), null))
                    .expectException(NotLeadOfAction.class)
                    .expectNoEvents();
        }

        @Test
        void mayAttachEvidenceToTheirOwnAction() {
            fixture.given(ADDED)
                    .when(new AttachEvidence(ACTION, MINUTES, ActingFor.leads("Jackie Wilson"), null))
                    .expectEvents(evidence(EvidenceSubject.ACTION, null));
        }
    }

    @Nested
    class AttachingEvidence {

        @Test
        void attachesToTheActionAsAWhole() {
            fixture.given(ADDED)
                    .when(new AttachEvidence(ACTION, MINUTES, ActingFor.ANY_ACTION, null))
                    .expectEvents(evidence(EvidenceSubject.ACTION, null));
        }

        @Test
        void isAllowedOnAClosedAction() {
            fixture.given(ADDED, CLOSED)
                    .when(new AttachEvidence(ACTION, MINUTES, ActingFor.ANY_ACTION, null))
                    .expectEvents(evidence(EvidenceSubject.ACTION, null));
        }
    }

    private static RecordProgress progress(String narrative, Rag rag, LocalDate asOf, List<Evidence> evidence) {
        return new RecordProgress(ACTION, narrative, rag, asOf, "2009/10 Q4", evidence, TODAY, ActingFor.ANY_ACTION,
                null);
    }

    private static RecordProgress progressActingFor(ActingFor actingFor, String narrative) {
        return new RecordProgress(ACTION, narrative, null, TODAY, "2009/10 Q4", List.of(), TODAY, actingFor, null);
    }

    private static EvidenceAttached evidence(EvidenceSubject subject, Long sequence) {
        return new EvidenceAttached(ACTION, PLAN, MINUTES.evidenceId(), MINUTES.title(), MINUTES.location(),
                MINUTES.sha256(), MINUTES.describes(), subject, sequence);
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
