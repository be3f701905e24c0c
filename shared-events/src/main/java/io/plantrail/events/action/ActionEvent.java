package io.plantrail.events.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;

/** Every event an action emits. Each carries its plan so projections can group by plan without a lookup. */
public sealed interface ActionEvent permits ActionAdded, ProgressRecorded, LeadChanged, ActionRescheduled, ActionClosed,
        ActionReopened, EvidenceAttached {

    ActionId actionId();

    PlanId planId();
}
