package io.plantrail.query.planstatus;

import io.plantrail.query.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@RestController
class PlanStatusController {

    private final PlanStatusQueries queries;
    private final Clock clock;

    PlanStatusController(PlanStatusQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/plans/{planId}")
    PlanStatusView plan(@PathVariable UUID planId) {
        return queries.find(planId, LocalDate.now(clock)).orElseThrow(() -> new NotFound("plan", planId));
    }
}
