package io.plantrail.query.audit;

import io.plantrail.events.ActionId;
import io.plantrail.events.ClosureOutcome;
import io.plantrail.events.PlanId;
import io.plantrail.events.Rag;
import io.plantrail.events.action.ActionClosed;
import io.plantrail.events.action.ActionReopened;
import io.plantrail.events.action.ProgressRecorded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for "before" and "after" that the events do not spell out. */
class ActionAuditTest {

    static final ActionId ACTION = ActionId.random();
    static final PlanId PLAN = PlanId.random();
    static final LocalDate JAN_20 = LocalDate.of(2010, 1, 20);
    static final ActionState RATED_AMBER = new ActionState("OPEN", null, null, "Terms agreed.", "AMBER", JAN_20,
            "2009/10 Q4");

    @Test
    void aNarrativeOnlyUpdateKeepsTheLastRatingAndDoesNotListIt() {
        Audited<ActionState> audited = ActionAudit.describe(new ProgressRecorded(ACTION, PLAN, "Members named.", null,
                LocalDate.of(2010, 2, 10), null), RATED_AMBER);

        assertThat(audited.after().rag()).isEqualTo("AMBER");
        assertThat(audited.changes()).containsExactly(
                new Change("narrative", "Terms agreed.", "Members named."),
                new Change("asOf", JAN_20, LocalDate.of(2010, 2, 10)),
                new Change("period", "2009/10 Q4", null));
    }

    @Test
    void aFieldTheEventLeavesAsItWasIsNoChange() {
        Audited<ActionState> audited = ActionAudit.describe(new ProgressRecorded(ACTION, PLAN, "Terms agreed.",
                Rag.GREEN, JAN_20, "2009/10 Q4"), RATED_AMBER);

        assertThat(audited.changes()).containsExactly(new Change("rag", "AMBER", "GREEN"));
    }

    @Test
    void closingAndReopeningMoveStatusOutcomeAndClosureDateAndKeepTheProgress() {
        Audited<ActionState> closed = ActionAudit.describe(new ActionClosed(ACTION, PLAN, ClosureOutcome.DROPPED,
                "No longer funded", LocalDate.of(2010, 3, 1)), RATED_AMBER);
        Audited<ActionState> reopened = ActionAudit.describe(new ActionReopened(ACTION, PLAN, "Funding found"),
                closed.after());

        assertThat(closed.reason()).isEqualTo("No longer funded");
        assertThat(closed.changes()).containsExactly(
                new Change("status", "OPEN", "CLOSED"),
                new Change("outcome", null, "DROPPED"),
                new Change("closedOn", null, LocalDate.of(2010, 3, 1)));
        assertThat(reopened.reason()).isEqualTo("Funding found");
        assertThat(reopened.changes()).containsExactly(
                new Change("status", "CLOSED", "OPEN"),
                new Change("outcome", "DROPPED", null),
                new Change("closedOn", LocalDate.of(2010, 3, 1), null));
        assertThat(reopened.after()).isEqualTo(RATED_AMBER);
    }
}
