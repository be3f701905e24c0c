package io.plantrail.query.projections;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The {@code projections} health component, part of readiness: DOWN when a projection's processor is not running
 * or one of its segments is in error, because then its read model stops following the events.
 */
@Component("projectionsHealthIndicator")
class ProjectionsHealth extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    ProjectionsHealth(EventProcessingConfiguration processing) {
        super("Projections health check failed");
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean allHealthy = true;
        for (StreamingEventProcessor processor : StreamingProcessors.of(processing)) {
            List<Integer> failing = processor.processingStatus().values().stream()
                    .filter(EventTrackerStatus::isErrorState)
                    .map(status -> status.getSegment().getSegmentId())
                    .sorted()
                    .toList();
            boolean healthy = processor.isRunning() && failing.isEmpty();
            allHealthy &= healthy;
            health.withDetail(processor.getName(), healthy ? "running"
                    : !processor.isRunning() ? "not running" : "segments in error: " + failing);
        }
        if (allHealthy) {
            health.up();
        } else {
            health.down();
        }
    }
}
