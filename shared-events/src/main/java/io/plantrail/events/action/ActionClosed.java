package io.plantrail.events.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.ClosureOutcome;
import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An action was closed. {@code closedOn} is the business date it ended, which may be before it was recorded. */
@Revision("1")
public record ActionClosed(ActionId actionId,
                           PlanId planId,
                           ClosureOutcome outcome,
                           String note,
                           LocalDate closedOn) implements ActionEvent {
}
