package io.plantrail.events.inspection;

import io.plantrail.events.InspectionId;
import io.plantrail.events.PlanId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An inspection or assessment was recorded: its framework and year ({@code APA} 2008), who judged ({@code Ofsted},
 * {@code Self-evaluation}, {@code JAR}), the business date it speaks for, the organisation judged and, optionally, the
 * plan it informs (null when none).
 */
@Revision("1")
public record InspectionRecorded(InspectionId inspectionId,
                                 PlanId planId,
                                 String framework,
                                 int year,
                                 String source,
                                 LocalDate date,
                                 String organisation) implements InspectionEvent {
}
