package io.plantrail.command.inspection;

import io.plantrail.events.InspectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Grades an outcome area; {@code reason} is needed only to correct a grade already recorded. */
record RecordJudgement(@TargetAggregateIdentifier InspectionId inspectionId,
                       String area,
                       int grade,
                       String reason,
                       @TargetAggregateVersion Long expectedVersion) {
}
