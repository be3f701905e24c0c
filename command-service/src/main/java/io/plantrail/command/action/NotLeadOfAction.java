package io.plantrail.command.action;

import io.plantrail.command.web.NotAllowed;
import io.plantrail.events.Lead;

import java.util.List;
import java.util.stream.Collectors;

/** A lead tried to update an action none of whose current leads they act for. */
class NotLeadOfAction extends NotAllowed {

    NotLeadOfAction(List<Lead> current) {
        super("Only the action's current leads (" + (current.isEmpty() ? "none: TBC"
                : current.stream().map(Lead::name).collect(Collectors.joining(", ")))
                + ") or a plan manager may update it.");
    }
}
