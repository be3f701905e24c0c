package io.plantrail.command.action;

import io.plantrail.command.web.DomainRuleViolation;

class ActionAlreadyClosed extends DomainRuleViolation {

    ActionAlreadyClosed() {
        super("action-already-closed", "The action is closed; reopen it first.");
    }
}
