package io.plantrail.command.web;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The metadata keys every event carries, copied from the command that caused it. */
@Configuration
class EventMetadata {

    static final String ACTOR = "actor";
    static final String CORRELATION_ID = "correlationId";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** Travels on the command only, to the unit of work that records the key; events do not need it. */
    static final String REQUEST_HASH = "requestHash";

    @Bean
    CorrelationDataProvider commandMetadataToEvents() {
        return new SimpleCorrelationDataProvider(ACTOR, CORRELATION_ID, IDEMPOTENCY_KEY);
    }
}
