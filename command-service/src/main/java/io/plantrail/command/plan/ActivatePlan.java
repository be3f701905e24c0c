package io.plantrail.command.plan;

import io.plantrail.events.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record ActivatePlan(@TargetAggregateIdentifier PlanId planId, @TargetAggregateVersion Long expectedVersion) {
}
