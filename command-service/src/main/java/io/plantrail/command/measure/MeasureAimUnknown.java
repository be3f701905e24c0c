package io.plantrail.command.measure;

import io.plantrail.command.web.DomainRuleViolation;

class MeasureAimUnknown extends DomainRuleViolation {

    MeasureAimUnknown(int aim) {
        super("unknown-aim", "The plan has no strategic aim " + aim + ".");
    }
}
