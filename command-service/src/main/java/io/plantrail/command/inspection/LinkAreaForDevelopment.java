package io.plantrail.command.inspection;

import io.plantrail.events.ActionId;
import io.plantrail.events.InspectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Names one more action that answers an area for development identified earlier. */
record LinkAreaForDevelopment(@TargetAggregateIdentifier InspectionId inspectionId,
                              UUID areaId,
                              ActionId actionId,
                              @TargetAggregateVersion Long expectedVersion) {
}
