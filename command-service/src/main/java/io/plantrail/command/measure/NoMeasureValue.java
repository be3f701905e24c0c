package io.plantrail.command.measure;

import io.plantrail.command.web.DomainRuleViolation;

class NoMeasureValue extends DomainRuleViolation {

    NoMeasureValue(String period) {
        super("no-measure-value", "There is no value for " + period + " to revise yet; record one first.");
    }
}
