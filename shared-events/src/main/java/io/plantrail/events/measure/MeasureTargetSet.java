package io.plantrail.events.measure;

import io.plantrail.events.MeasureId;
import io.plantrail.events.PlanId;
import io.plantrail.events.Rag;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * A target for a reporting period ({@code 2011/12 Q2}): a number, or a RAG for a measure rated by colour. When it
 * replaces an earlier target for the period, the previous target and the reason are kept; otherwise they are null.
 */
@Revision("1")
public record MeasureTargetSet(MeasureId measureId,
                               PlanId planId,
                               String period,
                               BigDecimal value,
                               Rag rag,
                               BigDecimal previousValue,
                               Rag previousRag,
                               String reason) implements MeasureEvent {
}
