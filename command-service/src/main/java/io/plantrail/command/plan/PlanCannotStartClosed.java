package io.plantrail.command.plan;

import io.plantrail.command.web.InvalidInput;

class PlanCannotStartClosed extends InvalidInput {

    PlanCannotStartClosed() {
        super("status", "A new plan starts as DRAFT or ACTIVE, never CLOSED.");
    }
}
