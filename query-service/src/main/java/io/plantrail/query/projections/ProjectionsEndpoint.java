package io.plantrail.query.projections;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Operations on the projections, for administrators: {@code GET /actuator/projections} shows each processor's
 * segments, positions, errors and parked events; {@code POST /actuator/projections/{name}} with
 * {@code {"action": "replay"}} rebuilds that read model from the first event, and with
 * {@code {"action": "retry-dead-letters"}} retries its parked events.
 */
@Component
@Endpoint(id = "projections")
class ProjectionsEndpoint {

    static final String REPLAY = "replay";
    static final String RETRY_DEAD_LETTERS = "retry-dead-letters";

    private final EventProcessingConfiguration processing;

    ProjectionsEndpoint(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    record Segment(int segment, Long position, boolean caughtUp, boolean replaying, String error) {
    }

    record Projection(String name, boolean running, List<Segment> segments, long deadLetters) {
    }

    record Outcome(String name, String action, String result) {
    }

    @ReadOperation
    List<Projection> projections() {
        return streamingProcessors().stream().map(this::describe).toList();
    }

    @WriteOperation
    WebEndpointResponse<Outcome> act(@Selector String name, String action) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return new WebEndpointResponse<>(new Outcome(name, action, "no projection has this name"), 404);
        }
        return switch (action) {
            case REPLAY -> new WebEndpointResponse<>(new Outcome(name, action, Replays.replay(processor.get())));
            case RETRY_DEAD_LETTERS -> new WebEndpointResponse<>(new Outcome(name, action, retryDeadLetters(name)));
            default -> new WebEndpointResponse<>(new Outcome(name, action,
                    "action must be " + REPLAY + " or " + RETRY_DEAD_LETTERS), 400);
        };
    }

    private String retryDeadLetters(String name) {
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> letters = processing.sequencedDeadLetterProcessor(name);
        if (letters.isEmpty()) {
            return "this projection has no dead-letter queue";
        }
        long parked = deadLetters(name);
        long retried = 0;
        // Each call retries one parked sequence; stop at the first that fails again rather than spin on it.
        while (retried < parked && letters.get().processAny()) {
            retried++;
        }
        return "retried " + retried + " of " + parked + " parked sequences; " + deadLetters(name) + " still parked";
    }

    private Projection describe(StreamingEventProcessor processor) {
        List<Segment> segments = processor.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(status -> status.getSegment().getSegmentId()))
                .map(ProjectionsEndpoint::segment)
                .toList();
        return new Projection(processor.getName(), processor.isRunning(), segments, deadLetters(processor.getName()));
    }

    private static Segment segment(EventTrackerStatus status) {
        return new Segment(status.getSegment().getSegmentId(),
                status.getCurrentPosition().isPresent() ? status.getCurrentPosition().getAsLong() : null,
                status.isCaughtUp(), status.isReplaying(),
                status.isErrorState() ? String.valueOf(status.getError()) : null);
    }

    private long deadLetters(String name) {
        return StreamingProcessors.deadLetters(processing, name);
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return StreamingProcessors.of(processing);
    }
}
