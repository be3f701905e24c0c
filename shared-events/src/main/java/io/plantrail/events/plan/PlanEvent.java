package io.plantrail.events.plan;

import io.plantrail.events.PlanId;

/** Every event a plan emits. */
public sealed interface PlanEvent permits PlanCreated, StrategicAimAdded, PlanActivated, PlanClosed {

    PlanId planId();
}
