package io.plantrail.events.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.Lead;
import io.plantrail.events.PlanId;
import io.plantrail.events.Timescale;
import org.axonframework.serialization.Revision;

import java.util.List;

/** An action ("priority") was added under a strategic aim. No leads means the plan said TBC. */
@Revision("1")
public record ActionAdded(ActionId actionId,
                          PlanId planId,
                          String ref,
                          int aim,
                          String title,
                          List<Lead> leads,
                          Timescale timescale) implements ActionEvent {

    public ActionAdded {
        leads = leads == null ? List.of() : List.copyOf(leads);
    }
}
