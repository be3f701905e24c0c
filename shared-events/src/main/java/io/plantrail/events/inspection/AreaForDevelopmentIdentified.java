package io.plantrail.events.inspection;

import io.plantrail.events.ActionId;
import io.plantrail.events.InspectionId;
import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * An inspection named an area for development ({@code Teenage conception}), under an outcome area ({@code Be Healthy};
 * null when it names none), with the actions that answer it (empty when none does yet: a gap).
 */
@Revision("1")
public record AreaForDevelopmentIdentified(InspectionId inspectionId,
                                           PlanId planId,
                                           UUID areaId,
                                           String outcomeArea,
                                           String text,
                                           List<ActionId> actionIds) implements InspectionEvent {
}
