package io.plantrail.command.plan;

import io.plantrail.command.web.DomainRuleViolation;

/** A closed plan is a record of what happened; it takes no more aims or actions, and stays closed. */
public class PlanIsClosed extends DomainRuleViolation {

    public PlanIsClosed() {
        super("plan-closed", "The plan is closed and cannot be changed.");
    }
}
