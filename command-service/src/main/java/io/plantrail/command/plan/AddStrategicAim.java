package io.plantrail.command.plan;

import io.plantrail.events.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Adds a numbered aim. {@code expectedVersion} comes from If-Match and is null when the caller sent none.
 * Public for imports, which send it too. */
public record AddStrategicAim(@TargetAggregateIdentifier PlanId planId,
                       int number,
                       String title,
                       @TargetAggregateVersion Long expectedVersion) {
}
