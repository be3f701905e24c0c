package io.plantrail.events.inspection;

import io.plantrail.events.ActionId;
import io.plantrail.events.InspectionId;
import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An action added to answer an area for development identified earlier. */
@Revision("1")
public record AreaForDevelopmentLinked(InspectionId inspectionId,
                                       PlanId planId,
                                       UUID areaId,
                                       ActionId actionId) implements InspectionEvent {
}
