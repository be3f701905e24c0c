package io.plantrail.command.action;

import io.plantrail.events.ActionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record AttachEvidence(@TargetAggregateIdentifier ActionId actionId,
                      Evidence evidence,
                      ActingFor actingFor,
                      @TargetAggregateVersion Long expectedVersion) {
}
