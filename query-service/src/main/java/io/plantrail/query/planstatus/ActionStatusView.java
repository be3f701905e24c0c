package io.plantrail.query.planstatus;

import java.time.LocalDate;
import java.util.UUID;

/** One action as it stands, with the plan it belongs to and the day its days overdue count from. */
record ActionStatusView(UUID planId, PlanStatusView.Action action, LocalDate today) {
}
