package io.plantrail.command.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.ClosureOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/** Closes an action as of {@code closedOn}; {@code today} comes from the service's clock. */
record CloseAction(@TargetAggregateIdentifier ActionId actionId,
                   ClosureOutcome outcome,
                   String note,
                   LocalDate closedOn,
                   List<Evidence> evidence,
                   LocalDate today,
                   @TargetAggregateVersion Long expectedVersion) {
}
