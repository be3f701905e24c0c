package io.plantrail.command.measure;

import io.plantrail.events.ActionId;
import io.plantrail.events.MeasureDirection;
import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureUnit;
import io.plantrail.events.PlanId;

import java.math.BigDecimal;

/** Defines a supporting measure of a plan, optionally for one of its aims or actions (priorities). Public for
 * imports, which send it too. */
public record DefineMeasure(MeasureId measureId,
                     PlanId planId,
                     String name,
                     MeasureDirection direction,
                     MeasureUnit unit,
                     BigDecimal tolerance,
                     Integer aim,
                     ActionId actionId) {
}
