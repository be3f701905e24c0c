package io.plantrail.command.lookup;

import io.plantrail.events.PlanId;
import io.plantrail.events.PlanStatus;

import java.util.Optional;

/** What an action's rules need to know about the plan it belongs to, which another aggregate owns. */
public interface PlanFacts {

    Optional<PlanStatus> statusOf(PlanId plan);

    boolean hasAim(PlanId plan, int number);

    boolean refTaken(PlanId plan, String ref);
}
