package io.plantrail.command.inspection;

import io.plantrail.events.ActionId;
import io.plantrail.events.InspectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;
import java.util.UUID;

/** Names an area for development, under an outcome area or none, with the actions that answer it (maybe none). */
record IdentifyAreaForDevelopment(@TargetAggregateIdentifier InspectionId inspectionId,
                                  UUID areaId,
                                  String outcomeArea,
                                  String text,
                                  List<ActionId> actionIds,
                                  @TargetAggregateVersion Long expectedVersion) {
}
