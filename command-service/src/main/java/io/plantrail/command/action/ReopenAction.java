package io.plantrail.command.action;

import io.plantrail.events.ActionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record ReopenAction(@TargetAggregateIdentifier ActionId actionId,
                    String reason,
                    @TargetAggregateVersion Long expectedVersion) {
}
