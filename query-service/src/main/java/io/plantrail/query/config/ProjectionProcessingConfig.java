package io.plantrail.query.config;

import io.plantrail.platform.eventstore.NotifiedEventSource;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Every projection runs in a pooled streaming processor that reads the notified event source, so it reacts to
 * an append in another process at once. Segments let several query-service instances share the work.
 */
@Configuration
class ProjectionProcessingConfig {

    @Bean
    ConfigurerModule pooledProjectionsOnNotifiedSource(ObjectProvider<NotifiedEventSource> events,
                                                       @Value("${plantrail.projections.segments:4}") int segments,
                                                       @Value("${plantrail.projections.batch-size:100}") int batchSize,
                                                       @Value("${plantrail.projections.claim-timeout}") Duration claimTimeout,
                                                       @Value("${plantrail.projections.token-claim-interval}") Duration claimInterval) {
        // An idle segment renews its claim four times per claim timeout, so one slow renewal never loses it.
        long claimExtension = Math.max(1, claimTimeout.toMillis() / 4);
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors(
                // Looked up when the processors are built: the source needs Axon's configuration, which needs this.
                (config, builder) -> builder.messageSource(events.getObject())
                        .initialSegmentCount(segments)
                        .batchSize(batchSize)
                        .tokenClaimInterval(claimInterval.toMillis())
                        .claimExtensionThreshold(claimExtension));
    }
}
