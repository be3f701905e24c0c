package io.plantrail.command.lookup;

import io.plantrail.command.web.DomainRuleViolation;
import io.plantrail.events.ActionId;

/** A measure or an area for development may only name actions of its own plan. */
public class ActionNotInPlan extends DomainRuleViolation {

    public ActionNotInPlan(ActionId action) {
        super("action-not-in-plan", "Action " + action + " belongs to another plan.");
    }
}
