package io.plantrail.query.audit;

import io.plantrail.query.asat.AsOf;
import io.plantrail.query.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Histories read from the audit log: an action or plan the log has no event of does not exist (404). With
 * {@code asOf}, only what had been recorded by then.
 */
@RestController
class HistoryController {

    private final AuditQueries queries;

    HistoryController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/actions/{actionId}/history")
    ActionHistory action(@PathVariable UUID actionId,
                         @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        List<AuditEntry> events = recordedBy(queries.actionHistory(actionId), asOf);
        if (events.isEmpty()) {
            throw new NotFound("action", actionId);
        }
        return new ActionHistory(actionId, events.get(0).planId(), events);
    }

    @GetMapping("/api/plans/{planId}/history")
    PlanHistory plan(@PathVariable UUID planId,
                     @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        List<AuditEntry> events = recordedBy(queries.planHistory(planId), asOf);
        if (events.isEmpty()) {
            throw new NotFound("plan", planId);
        }
        return new PlanHistory(planId, events);
    }

    @GetMapping("/api/measures/{measureId}/history")
    AggregateHistory measure(@PathVariable UUID measureId,
                             @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        return aggregate("measure", measureId, asOf);
    }

    @GetMapping("/api/inspections/{inspectionId}/history")
    AggregateHistory inspection(@PathVariable UUID inspectionId,
                                @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        return aggregate("inspection", inspectionId, asOf);
    }

    private AggregateHistory aggregate(String what, UUID id, String asOf) {
        List<AuditEntry> events = recordedBy(queries.aggregateHistory(id), asOf);
        if (events.isEmpty()) {
            throw new NotFound(what, id);
        }
        return new AggregateHistory(id, events.get(0).planId(), events);
    }

    private static List<AuditEntry> recordedBy(List<AuditEntry> events, String asOf) {
        if (asOf == null) {
            return events;
        }
        Instant at = AsOf.parse(asOf);
        return events.stream().filter(entry -> !entry.recorded().isAfter(at)).toList();
    }
}
