package io.plantrail.command.inspection;

import io.plantrail.command.web.DomainRuleViolation;

class AreaForDevelopmentExists extends DomainRuleViolation {

    AreaForDevelopmentExists(Object area) {
        super("area-for-development-exists", "The inspection already has an area for development " + area + ".");
    }
}
