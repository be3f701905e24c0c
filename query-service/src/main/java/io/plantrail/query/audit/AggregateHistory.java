package io.plantrail.query.audit;

import java.util.List;
import java.util.UUID;

/** Every event of one measure or inspection, in order; {@code planId} is null for an inspection of no plan. */
record AggregateHistory(UUID id, UUID planId, List<AuditEntry> events) {
}
