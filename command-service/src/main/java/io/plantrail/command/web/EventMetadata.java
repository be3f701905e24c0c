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

    @Bean
    CorrelationDataProvider commandMetadataToEvents() {
        return new SimpleCorrelationDataProvider(ACTOR, CORRELATION_ID);
    }
}
