package io.plantrail.command.action;

import io.plantrail.events.ActionId;
import io.plantrail.events.Rag;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * Records a progress update. {@code today} is the recording day from the service's clock, so the aggregate can
 * refuse an {@code asOf} in the future without reading a clock itself. Public for imports, which send it too.
 */
public record RecordProgress(@TargetAggregateIdentifier ActionId actionId,
                      String narrative,
                      Rag rag,
                      LocalDate asOf,
                      String period,
                      List<Evidence> evidence,
                      LocalDate today,
                      ActingFor actingFor,
                      @TargetAggregateVersion Long expectedVersion) {
}
