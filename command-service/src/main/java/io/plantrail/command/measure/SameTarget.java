package io.plantrail.command.measure;

import io.plantrail.command.web.DomainRuleViolation;

class SameTarget extends DomainRuleViolation {

    SameTarget(String period) {
        super("same-target", "The target for " + period + " is already exactly this; nothing would change.");
    }
}
