package io.plantrail.command.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.Lead;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

record ChangeLead(@TargetAggregateIdentifier ActionId actionId,
                  List<Lead> leads,
                  String reason,
                  @TargetAggregateVersion Long expectedVersion) {
}
