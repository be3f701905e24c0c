package io.plantrail.events.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

/** A closed action was opened again, with the reason. */
@Revision("1")
public record ActionReopened(ActionId actionId, PlanId planId, String reason) implements ActionEvent {
}
