package io.plantrail.query.projections;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds read models from the first event: each projection's reset handler clears its own tables, then its
 * processor reads the whole store again. With {@code plantrail.projections.replay-on-start=true} every
 * projection is rebuilt when the service starts.
 */
@Component
class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);

    private final EventProcessingConfiguration processing;
    private final boolean replayOnStart;

    Replays(EventProcessingConfiguration processing,
            @Value("${plantrail.projections.replay-on-start:false}") boolean replayOnStart) {
        this.processing = processing;
        this.replayOnStart = replayOnStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void replayOnStartIfAsked() {
        if (replayOnStart) {
            processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance)
                    .map(StreamingEventProcessor.class::cast)
                    .forEach(Replays::replay);
        }
    }

    static String replay(StreamingEventProcessor processor) {
        log.info("Rebuilding projection {} from the first event", processor.getName());
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return "rebuilding from the first event";
    }
}
