package io.plantrail.events.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.PlanId;
import io.plantrail.events.Rag;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A lead reported progress. {@code asOf} is the business date the narrative speaks for; the time it was
 * recorded travels in the event's timestamp. {@code rag} is null for a narrative-only update and
 * {@code period} (such as "2011/12 Q2") is null when the update is not tied to a reporting quarter.
 */
@Revision("1")
public record ProgressRecorded(ActionId actionId,
                               PlanId planId,
                               String narrative,
                               Rag rag,
                               LocalDate asOf,
                               String period) implements ActionEvent {
}
