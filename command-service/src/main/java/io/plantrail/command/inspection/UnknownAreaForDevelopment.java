package io.plantrail.command.inspection;

import io.plantrail.command.web.DomainRuleViolation;

class UnknownAreaForDevelopment extends DomainRuleViolation {

    UnknownAreaForDevelopment(Object area) {
        super("unknown-area-for-development", "The inspection has no area for development " + area + ".");
    }
}
