package io.plantrail.command.measure;

import io.plantrail.command.web.DomainRuleViolation;

class ValueAlreadyAvailable extends DomainRuleViolation {

    ValueAlreadyAvailable(String period) {
        super("value-already-available", "A value for " + period + " has been reported; it cannot go back to pending. Revise it instead.");
    }
}
