package io.plantrail.query.planstatus;

import io.plantrail.query.asat.AsAtReplay;
import io.plantrail.query.asat.AsOf;
import io.plantrail.query.web.InvalidParameter;
import io.plantrail.query.web.NotFound;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Plans and actions as they stand now, or with {@code asOf} as the service knew them at that instant: the same
 * projection and queries, run over the events recorded up to then (see {@link AsAtReplay}).
 */
@RestController
class PlanStatusController {

    private final PlanStatusQueries queries;
    private final PlanStatusProjection projection;
    private final AsAtReplay asAt;
    private final EventStore events;
    private final Clock clock;

    PlanStatusController(PlanStatusQueries queries, PlanStatusProjection projection, AsAtReplay asAt,
                         EventStore events, Clock clock) {
        this.queries = queries;
        this.projection = projection;
        this.asAt = asAt;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/api/plans")
    List<PlanSummary> plans(@RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        if (asOf == null) {
            return queries.list(LocalDate.now(clock));
        }
        Instant at = AsOf.parse(asOf);
        List<String> everything = queries.list(LocalDate.now(clock)).stream()
                .flatMap(plan -> queries.aggregatesOf(plan.id()).stream())
                .toList();
        return asAt.answer(at, everything, projection(), () -> queries.list(AsOf.day(at)));
    }

    @GetMapping("/api/plans/{planId}")
    PlanStatusView plan(@PathVariable UUID planId,
                        @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        if (asOf == null) {
            return queries.find(planId, LocalDate.now(clock)).orElseThrow(() -> new NotFound("plan", planId));
        }
        Instant at = AsOf.parse(asOf);
        return asAt.answer(at, queries.aggregatesOf(planId), projection(),
                        () -> queries.find(planId, AsOf.day(at)))
                .orElseThrow(() -> new NotFound("plan as at " + at, planId));
    }

    @GetMapping("/api/actions/{actionId}")
    ActionStatusView action(@PathVariable UUID actionId,
                            @RequestParam(name = AsOf.PARAMETER, required = false) String asOf) {
        if (asOf == null) {
            return queries.findAction(actionId, LocalDate.now(clock)).orElseThrow(() -> new NotFound("action", actionId));
        }
        Instant at = AsOf.parse(asOf);
        return asAt.answer(at, List.of(actionId.toString()), projection(),
                        () -> queries.findAction(actionId, AsOf.day(at)))
                .orElseThrow(() -> new NotFound("action as at " + at, actionId));
    }

    /** What changed in the plan after {@code from} up to {@code to} (default now), as recorded. */
    @GetMapping("/api/plans/{planId}/changes")
    PlanChanges changes(@PathVariable UUID planId,
                        @RequestParam String from,
                        @RequestParam(required = false) String to) {
        Instant start = AsOf.parse(from);
        Instant end = to == null ? clock.instant() : AsOf.parse(to);
        if (end.isBefore(start)) {
            throw new InvalidParameter("to", "must not be before from");
        }
        List<String> aggregates = queries.aggregatesOf(planId);
        if (queries.find(planId, LocalDate.now(clock)).isEmpty()) {
            throw new NotFound("plan", planId);
        }
        List<DomainEventMessage<?>> recorded = aggregates.stream()
                .flatMap(id -> events.readEvents(id).asStream().<DomainEventMessage<?>>map(event -> event))
                .filter(event -> !event.getTimestamp().isAfter(end))
                .sorted(Comparator.comparing(DomainEventMessage::getTimestamp))
                .toList();
        return PlanChanges.between(start, end, recorded);
    }

    private AsAtReplay.Projection projection() {
        return new AsAtReplay.Projection(projection, PlanStatusProjection.TABLES);
    }
}
