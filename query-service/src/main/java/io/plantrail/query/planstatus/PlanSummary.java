package io.plantrail.query.planstatus;

import java.util.UUID;

/** A plan in the list of plans: what it is and its totals. */
record PlanSummary(UUID id, String title, String organisation, String period, String status,
                   PlanStatusView.Totals totals) {
}
