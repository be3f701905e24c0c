package io.plantrail.query.audit;

import io.plantrail.query.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Histories read from the audit log: an action or plan the log has no event of does not exist (404). */
@RestController
class HistoryController {

    private final AuditQueries queries;

    HistoryController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/actions/{actionId}/history")
    ActionHistory action(@PathVariable UUID actionId) {
        List<AuditEntry> events = queries.actionHistory(actionId);
        if (events.isEmpty()) {
            throw new NotFound("action", actionId);
        }
        return new ActionHistory(actionId, events.get(0).planId(), events);
    }

    @GetMapping("/api/plans/{planId}/history")
    PlanHistory plan(@PathVariable UUID planId) {
        List<AuditEntry> events = queries.planHistory(planId);
        if (events.isEmpty()) {
            throw new NotFound("plan", planId);
        }
        return new PlanHistory(planId, events);
    }
}
