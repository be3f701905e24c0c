package io.plantrail.query.projections;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.Comparator;
import java.util.List;

/** The projections' processors, by name, and what their dead-letter queues hold. */
final class StreamingProcessors {

    private StreamingProcessors() {
    }

    static List<StreamingEventProcessor> of(EventProcessingConfiguration processing) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }

    /** Parked event sequences of one processor; 0 when it has no dead-letter queue. */
    static long deadLetters(EventProcessingConfiguration processing, String name) {
        return processing.deadLetterQueue(name).map(queue -> queue.amountOfSequences()).orElse(0L);
    }
}
