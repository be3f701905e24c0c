package io.plantrail.events.measure;

import io.plantrail.events.MeasureId;
import io.plantrail.events.MeasureValueStatus;
import io.plantrail.events.PlanId;
import io.plantrail.events.Rag;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * A step of a period's value: {@code PENDING} with no value and when it is {@code expected} ("Dec 2011"), then
 * {@code PROVISIONAL}, then {@code FINAL}. The value is a number, or a RAG for a measure rated by colour; {@code note}
 * is the footnote a scorecard prints with it.
 */
@Revision("1")
public record MeasureValueRecorded(MeasureId measureId,
                                   PlanId planId,
                                   String period,
                                   MeasureValueStatus status,
                                   BigDecimal value,
                                   Rag rag,
                                   String expected,
                                   String note) implements MeasureEvent {
}
