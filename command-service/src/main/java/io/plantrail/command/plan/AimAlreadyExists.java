package io.plantrail.command.plan;

import io.plantrail.command.web.DomainRuleViolation;

class AimAlreadyExists extends DomainRuleViolation {

    AimAlreadyExists(int number) {
        super("aim-already-exists", "The plan already has a strategic aim " + number + ".");
    }
}
