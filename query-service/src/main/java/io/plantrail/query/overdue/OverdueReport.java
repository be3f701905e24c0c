package io.plantrail.query.overdue;

import io.plantrail.events.Lead;
import io.plantrail.events.Milestone;
import io.plantrail.events.Timescale;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The actions open on {@code on}, in four sections sorted by plan, aim and ref. {@code dueWithin} and
 * {@code stale} are null when they were not asked for. An action may stand in more than one section.
 */
record OverdueReport(LocalDate on,
                     UUID plan,
                     String lead,
                     Integer dueWithinDays,
                     Integer staleDays,
                     List<Item> overdue,
                     List<Item> dueWithin,
                     List<Item> noDueDate,
                     List<Item> stale) {

    /**
     * One action as it stood on the reference date. The day counts are null where they do not apply;
     * {@code closedOn} is a closure still in force that came after the reference date, and
     * {@code withdrawnClosures} the dates of earlier closures that a reopening withdrew.
     */
    record Item(UUID planId,
                String planTitle,
                int aim,
                String ref,
                UUID actionId,
                String title,
                List<Lead> leads,
                Timescale timescale,
                LocalDate due,
                Long daysOverdue,
                Long daysUntilDue,
                List<Milestone> passedMilestones,
                LocalDate lastProgress,
                Long daysWithoutProgress,
                LocalDate closedOn,
                List<LocalDate> withdrawnClosures) {
    }
}
