package io.plantrail.command.action;

import io.plantrail.command.web.DomainRuleViolation;

class SameTimescale extends DomainRuleViolation {

    SameTimescale() {
        super("same-timescale", "The action already has this timescale; nothing would change.");
    }
}
