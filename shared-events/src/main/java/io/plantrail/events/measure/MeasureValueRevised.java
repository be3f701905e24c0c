package io.plantrail.events.measure;

import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureValueStatus;
import io.plantrail.events.PlanId;
import io.plantrail.events.Rag;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * A value already reported for a period was changed: the previous and the new value, the new value's status
 * ({@code PROVISIONAL} or {@code FINAL}), its footnote and the reason. The earlier value stays in the store.
 */
@Revision("1")
public record MeasureValueRevised(MeasureId measureId,
                                  PlanId planId,
                                  String period,
                                  BigDecimal previousValue,
                                  Rag previousRag,
                                  BigDecimal value,
                                  Rag rag,
                                  MeasureValueStatus status,
                                  String note,
                                  String reason) implements MeasureEvent {
}
