package io.plantrail.command.measure;

import io.plantrail.events.MeasureId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the target for a period; {@code reason} is needed only to replace a target already set. Public for imports,
 * which send it too. */
public record SetMeasureTarget(@TargetAggregateIdentifier MeasureId measureId,
                        String period,
                        Reading target,
                        String reason,
                        @TargetAggregateVersion Long expectedVersion) {
}
