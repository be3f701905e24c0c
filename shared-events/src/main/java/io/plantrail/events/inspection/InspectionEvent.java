package io.plantrail.events.inspection;

import io.plantrail.events.InspectionId;
import io.plantrail.events.PlanId;

/**
 * Every event an inspection emits. Each carries the plan the inspection informs, or null when it informs none, so
 * projections can group by plan without a lookup.
 */
public sealed interface InspectionEvent permits InspectionRecorded, JudgementRecorded, AreaForDevelopmentIdentified,
        AreaForDevelopmentLinked {

    InspectionId inspectionId();

    PlanId planId();
}
