package io.plantrail.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** Rebuilds one projection from the first event, as an operator's replay does. */
public final class Replay {

    private Replay() {
    }

    public static void fromTheFirstEvent(EventProcessingConfiguration processing, String processingGroup) {
        StreamingEventProcessor processor = processing
                .eventProcessor(processingGroup, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }
}
