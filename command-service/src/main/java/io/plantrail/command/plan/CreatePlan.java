package io.plantrail.command.plan;

import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;

/** Sets up a plan, as a draft unless the caller says it is already active. Public for imports, which send it too. */
public record CreatePlan(PlanId planId, String title, String organisation, String period, PlanStatus status) {
}
