package io.plantrail.command.measure;

import io.plantrail.command.web.DomainRuleViolation;

class SameMeasureValue extends DomainRuleViolation {

    SameMeasureValue(String period) {
        super("same-measure-value", "The value for " + period + " is already exactly this; nothing would change.");
    }
}
