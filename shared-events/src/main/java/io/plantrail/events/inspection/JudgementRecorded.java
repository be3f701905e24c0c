package io.plantrail.events.inspection;

import io.plantrail.events.InspectionId;
import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

/**
 * A grade for an outcome area ({@code Be Healthy}, {@code Overall Effectiveness}): 1 Inadequate, 2 Adequate, 3 Good,
 * 4 Outstanding. When it corrects a grade already recorded for the area, the previous grade and the reason are kept;
 * otherwise both are null.
 */
@Revision("1")
public record JudgementRecorded(InspectionId inspectionId,
                                PlanId planId,
                                String area,
                                int grade,
                                Integer previousGrade,
                                String reason) implements InspectionEvent {
}
