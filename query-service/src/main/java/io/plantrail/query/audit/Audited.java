package io.plantrail.query.audit;

import java.util.List;

/** What the audit log says about one event: the reason it gives (if any), what it changed, and the state after it. */
record Audited<S>(String reason, List<Change> changes, S after) {
}
