package io.plantrail.events.plan;

import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

/** A draft plan became the plan in force. */
@Revision("1")
public record PlanActivated(PlanId planId) implements PlanEvent {
}
