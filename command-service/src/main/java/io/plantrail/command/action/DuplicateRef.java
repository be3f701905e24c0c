package io.plantrail.command.action;

import io.plantrail.command.web.DomainRuleViolation;

class DuplicateRef extends DomainRuleViolation {

    DuplicateRef(String ref) {
        super("duplicate-ref", "The plan already has an action " + ref + ".");
    }
}
