package io.plantrail.command.measure;

import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureValueStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The next step of a period's value: pending (with {@code expected}), provisional or final. Public for imports,
 * which send it too. */
public record RecordMeasureValue(@TargetAggregateIdentifier MeasureId measureId,
                          String period,
                          MeasureValueStatus status,
                          Reading value,
                          String expected,
                          String note,
                          @TargetAggregateVersion Long expectedVersion) {
}
