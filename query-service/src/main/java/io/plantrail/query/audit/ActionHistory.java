package io.plantrail.query.audit;

import java.util.List;
import java.util.UUID;

/** Every event of one action, in the order the action took them. */
record ActionHistory(UUID actionId, UUID planId, List<AuditEntry> events) {
}
