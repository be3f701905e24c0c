package io.plantrail.query.audit;

import java.util.List;

/** One page of the audit log, oldest first; {@code total} counts every row the filters match. */
record AuditPage(List<AuditEntry> items, int page, int size, long total) {
}
