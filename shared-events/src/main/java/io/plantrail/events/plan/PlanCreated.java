package io.plantrail.events.plan;

import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;
import org.axonframework.serialization.Revision;

/** A plan was set up, as a draft or already active. {@code period} is the plan's own label, such as "2009/10". */
@Revision("1")
public record PlanCreated(PlanId planId,
                          String title,
                          String organisation,
                          String period,
                          PlanStatus status) implements PlanEvent {
}
