package io.plantrail.events.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.Timescale;
import org.axonframework.serialization.Revision;

/** An action's timescale moved. The previous timescale is kept beside the new one, with the reason. */
@Revision("1")
public record ActionRescheduled(ActionId actionId,
                                PlanId planId,
                                Timescale previousTimescale,
                                Timescale timescale,
                                String reason) implements ActionEvent {
}
