package io.plantrail.events.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.Lead;
import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

import java.util.List;

/** Who leads an action changed. Both lists are kept, so who led before is never rewritten. */
@Revision("1")
public record LeadChanged(ActionId actionId,
                          PlanId planId,
                          List<Lead> previousLeads,
                          List<Lead> leads,
                          String reason) implements ActionEvent {

    public LeadChanged {
        previousLeads = previousLeads == null ? List.of() : List.copyOf(previousLeads);
        leads = leads == null ? List.of() : List.copyOf(leads);
    }
}
