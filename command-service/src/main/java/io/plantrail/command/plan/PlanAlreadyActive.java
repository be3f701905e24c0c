package io.plantrail.command.plan;

import io.plantrail.command.web.DomainRuleViolation;

class PlanAlreadyActive extends DomainRuleViolation {

    PlanAlreadyActive() {
        super("plan-already-active", "The plan is already active.");
    }
}
