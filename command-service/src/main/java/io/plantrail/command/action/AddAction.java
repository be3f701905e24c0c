package io.plantrail.command.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.Lead;
import io.plantrail.events.PlanId;
import io.plantrail.events.Timescale;

import java.util.List;

/** Adds an action under an aim of a plan. The timescale has already been parsed at the edge.
 * Public for imports, which send it too. */
public record AddAction(ActionId actionId,
                 PlanId planId,
                 String ref,
                 int aim,
                 String title,
                 List<Lead> leads,
                 Timescale timescale) {
}
