package io.plantrail.query.projections;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Per projection processor: how many events it is behind, how old the newest event it has not applied is, and how
 * many event sequences are parked in its dead-letter queue. Gauges are read on scrape; the newest event is one
 * primary-key lookup, shared by every gauge of one scrape.
 */
@Component
class ProjectionMetrics {

    static final String LAG_EVENTS = "plantrail.projection.lag.events";
    static final String LAG_MS = "plantrail.projection.lag.ms";
    static final String DEAD_LETTERS = "plantrail.projection.dead.letters";
    /** Long enough that one scrape reads the newest event once, short enough that the next scrape reads it again. */
    private static final Duration NEWEST_EVENT_REUSE = Duration.ofMillis(500);

    private final EventProcessingConfiguration processing;
    private final MeterRegistry registry;
    private final JdbcClient db;
    /** Wall-clock time, not the business clock: lag is about this machine now. */
    private final Clock wallClock = Clock.systemUTC();
    private volatile Newest newest = new Newest(Optional.empty(), Instant.MIN);

    ProjectionMetrics(EventProcessingConfiguration processing, MeterRegistry registry, JdbcClient db) {
        this.processing = processing;
        this.registry = registry;
        this.db = db;
    }

    private record NewestEvent(long globalIndex, Instant recorded) {
    }

    private record Newest(Optional<NewestEvent> event, Instant readAt) {
    }

    /** The processors exist once the context has started them. */
    @EventListener(ApplicationStartedEvent.class)
    void register() {
        for (StreamingEventProcessor processor : StreamingProcessors.of(processing)) {
            String name = processor.getName();
            Gauge.builder(LAG_EVENTS, this, metrics -> metrics.lagEvents(processor))
                    .description("Events in the store this projection has not applied yet (newest global index minus "
                            + "its lowest segment position)")
                    .tag("processor", name).register(registry);
            Gauge.builder(LAG_MS, this, metrics -> metrics.lagMillis(processor))
                    .description("Age in milliseconds of the newest event this projection has not applied yet; "
                            + "0 when caught up")
                    .tag("processor", name).register(registry);
            Gauge.builder(DEAD_LETTERS, this, metrics -> StreamingProcessors.deadLetters(processing, name))
                    .description("Event sequences parked in this projection's dead-letter queue")
                    .tag("processor", name).register(registry);
        }
    }

    private double lagEvents(StreamingEventProcessor processor) {
        return newestEvent().map(event -> Math.max(0, event.globalIndex() - lowestPosition(processor))).orElse(0L);
    }

    private double lagMillis(StreamingEventProcessor processor) {
        if (lagEvents(processor) == 0) {
            return 0;
        }
        return newestEvent().map(event -> Math.max(0, Duration.between(event.recorded(), wallClock.instant()).toMillis()))
                .orElse(0L);
    }

    /** The position every segment has reached; a segment with no position yet has applied nothing. */
    private static long lowestPosition(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        return segments.stream().mapToLong(status -> status.getCurrentPosition().orElse(0)).min().orElse(0);
    }

    private Optional<NewestEvent> newestEvent() {
        Newest known = newest;
        Instant now = wallClock.instant();
        if (Duration.between(known.readAt(), now).compareTo(NEWEST_EVENT_REUSE) < 0) {
            return known.event();
        }
        Optional<NewestEvent> event = db.sql("""
                        select global_index, time_stamp from domain_event_entry
                        order by global_index desc limit 1""")
                .query((row, n) -> new NewestEvent(row.getLong(1), Instant.parse(row.getString(2))))
                .optional();
        newest = new Newest(event, now);
        return event;
    }
}
