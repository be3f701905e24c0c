package io.plantrail.query.web;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * How far the projections have got in the event stream. A segment's status advances only after the batch that
 * reached that position has committed its read-model rows, so "reached" means "visible to queries".
 */
@Component
class ProjectionProgress {

    private static final long POLL_MILLIS = 2;

    private final EventProcessingConfiguration processing;

    ProjectionProgress(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Waits until every projection has processed {@code position}; false if that takes longer than {@code maxWait}. */
    boolean awaitPosition(long position, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!reached(position)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    boolean reached(long position) {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
        return processors.stream().allMatch(processor -> reached(processor, position));
    }

    /**
     * Every segment must be accounted for: right after a start or a reset the processor claims its segments one
     * by one, and a segment not yet claimed may be the one holding the event asked for.
     */
    private static boolean reached(StreamingEventProcessor processor, long position) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        double covered = segments.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return covered > 0.999_999 && segments.stream().allMatch(status -> !status.isErrorState()
                && status.getCurrentPosition().orElse(-1) >= position);
    }
}
