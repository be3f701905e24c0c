package io.plantrail.events.measure;

import io.plantrail.events.MeasureId;
import io.plantrail.events.PlanId;

/** Every event a measure emits. Each carries its plan so projections can group by plan without a lookup. */
public sealed interface MeasureEvent permits MeasureDefined, MeasureTargetSet, MeasureValueRecorded, MeasureValueRevised {

    MeasureId measureId();

    PlanId planId();
}
