package io.plantrail.command.lookup;

import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;

import java.util.Optional;

/** What measures and inspections need to know about an action they name, which another aggregate owns. */
public interface ActionFacts {

    /** The plan the action belongs to; empty when there is no such action. */
    Optional<PlanId> planOf(ActionId action);
}
