package io.plantrail.query.audit;

import java.util.List;
import java.util.UUID;

/** The plan's own events and those of all its actions, in the order the store took them. */
record PlanHistory(UUID planId, List<AuditEntry> events) {
}
