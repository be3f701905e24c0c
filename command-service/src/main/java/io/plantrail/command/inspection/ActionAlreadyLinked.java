package io.plantrail.command.inspection;

import io.plantrail.command.web.DomainRuleViolation;

class ActionAlreadyLinked extends DomainRuleViolation {

    ActionAlreadyLinked(Object action) {
        super("action-already-linked", "Action " + action + " already answers this area for development.");
    }
}
