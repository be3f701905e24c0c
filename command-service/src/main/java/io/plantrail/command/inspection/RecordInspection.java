package io.plantrail.command.inspection;

import io.plantrail.events.InspectionId;
import io.plantrail.events.PlanId;

import java.time.LocalDate;

/** Records an inspection or assessment; {@code today} comes from the service's clock, so the date can be checked. */
record RecordInspection(InspectionId inspectionId,
                        PlanId planId,
                        String framework,
                        int year,
                        String source,
                        LocalDate date,
                        String organisation,
                        LocalDate today) {
}
