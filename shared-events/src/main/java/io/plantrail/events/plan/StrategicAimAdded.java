package io.plantrail.events.plan;

import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

/** A numbered strategic aim was added to a plan; actions hang under it by number. */
@Revision("1")
public record StrategicAimAdded(PlanId planId, int number, String title) implements PlanEvent {
}
