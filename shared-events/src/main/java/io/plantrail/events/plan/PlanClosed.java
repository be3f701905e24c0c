package io.plantrail.events.plan;

import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

/** A plan was closed; from now on it is a record and takes no more aims or actions. */
@Revision("1")
public record PlanClosed(PlanId planId, String reason) implements PlanEvent {
}
