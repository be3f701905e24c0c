package io.plantrail.command.plan;

import io.plantrail.events.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record ClosePlan(@TargetAggregateIdentifier PlanId planId, String reason, @TargetAggregateVersion Long expectedVersion) {
}
