package io.plantrail.command.action;

import io.plantrail.command.web.DomainRuleViolation;

class UnknownAim extends DomainRuleViolation {

    UnknownAim(int aim) {
        super("unknown-aim", "The plan has no strategic aim " + aim + "; add the aim before its actions.");
    }
}
