package io.plantrail.command.lookup;

import io.plantrail.command.web.DomainRuleViolation;

/** A ref already used in the plan, found by the lookup's unique constraint when two requests raced. */
public class RefTaken extends DomainRuleViolation {

    public RefTaken(String ref) {
        super("duplicate-ref", "The plan already has an action " + ref + ".");
    }
}
