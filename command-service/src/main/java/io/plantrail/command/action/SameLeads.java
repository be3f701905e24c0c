package io.plantrail.command.action;

import io.plantrail.command.web.DomainRuleViolation;

class SameLeads extends DomainRuleViolation {

    SameLeads() {
        super("same-leads", "The action already has exactly these leads; nothing would change.");
    }
}
