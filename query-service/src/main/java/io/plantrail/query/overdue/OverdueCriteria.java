package io.plantrail.query.overdue;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the overdue report is asked: the reference date, optionally one plan and one lead, and the optional
 * windows (in days) for the due-soon and stale sections; a null window leaves its section out.
 */
record OverdueCriteria(LocalDate on, UUID plan, String lead, Integer dueWithinDays, Integer staleDays) {
}
