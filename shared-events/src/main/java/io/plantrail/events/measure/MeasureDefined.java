package io.plantrail.events.measure;

import io.plantrail.events.ActionId;
import io.plantrail.events.MeasureDirection;
import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureUnit;
import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * A supporting measure was defined for a plan. {@code tolerance} is how far a {@code MAINTAIN} measure may move and
 * still count as held (null: not at all); {@code aim} and {@code actionId} are the aim or action (priority) it
 * supports, each null when it supports none.
 */
@Revision("1")
public record MeasureDefined(MeasureId measureId,
                             PlanId planId,
                             String name,
                             MeasureDirection direction,
                             MeasureUnit unit,
                             BigDecimal tolerance,
                             Integer aim,
                             ActionId actionId) implements MeasureEvent {
}
