package io.plantrail.command.action;

import io.plantrail.command.web.DomainRuleViolation;

class ActionNotClosed extends DomainRuleViolation {

    ActionNotClosed() {
        super("action-not-closed", "The action is open; only a closed action can be reopened.");
    }
}
