package io.plantrail.command.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.Timescale;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record RescheduleAction(@TargetAggregateIdentifier ActionId actionId,
                        Timescale timescale,
                        String reason,
                        @TargetAggregateVersion Long expectedVersion) {
}
