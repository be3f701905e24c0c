package io.plantrail.command.measure;

import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureValueStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Changes a value already reported for a period, for a reason. */
record ReviseMeasureValue(@TargetAggregateIdentifier MeasureId measureId,
                          String period,
                          MeasureValueStatus status,
                          Reading value,
                          String note,
                          String reason,
                          @TargetAggregateVersion Long expectedVersion) {
}
