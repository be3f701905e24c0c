package io.plantrail.platform.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.events.EventJson;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Axon on the shared PostgreSQL event store, declared here rather than left to Axon's auto-configuration,
 * which on Spring Boot 4 neither finds the transaction manager nor picks our tables and serializer.
 */
@AutoConfiguration(before = {JdbcAutoConfiguration.class, AxonAutoConfiguration.class})
public class EventStoreConfiguration {

    /** PostgreSQL's unique_violation: a second append of the same aggregate sequence number. */
    static final String UNIQUE_VIOLATION = "23505";

    @Bean
    ObjectMapper eventObjectMapper() {
        return EventJson.mapper();
    }

    @Bean
    @Primary
    Serializer serializer(ObjectMapper eventObjectMapper) {
        return JacksonSerializer.builder().objectMapper(eventObjectMapper).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(DataSource dataSource,
                                          Serializer serializer,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager axonTransactionManager,
                                          EventSchema eventSchema,
                                          Configuration configuration) {
        EventStoreSchema.migrate(dataSource);
        // Every append also writes the events' hash links, in the same transaction (see LinkingEventStorageEngine).
        return new LinkingEventStorageEngine(JdbcEventStorageEngine.builder()
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(new SQLStateResolver(UNIQUE_VIOLATION))
                .connectionProvider(connectionProvider)
                .transactionManager(axonTransactionManager)
                .schema(eventSchema)
                .dataType(byte[].class), axonTransactionManager);
    }

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine eventStorageEngine, Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(eventStorageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .build();
    }

    /** What projections read: the event table, with a wake-up when another process appends. */
    @Bean
    NotifiedEventSource notifiedEventSource(EventStorageEngine eventStorageEngine) {
        return new NotifiedEventSource(eventStorageEngine);
    }

    /**
     * An event handler that fails stops its processor and is retried, or fails the command in a subscribing
     * processor, instead of Axon's default of logging and skipping, which leaves tables silently wrong.
     */
    @Bean
    ConfigurerModule propagateEventHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /**
     * {@code plantrail.events.poll-interval} is how often projections look at the store when no notification
     * arrives; with notifications working it only matters if one is lost.
     */
    @Bean
    @ConditionalOnProperty(name = "plantrail.events.wake-on-notify", havingValue = "true")
    EventAppendListener eventAppendListener(DataSource dataSource, NotifiedEventSource notifiedEventSource,
                                            @Value("${plantrail.events.poll-interval:1s}") Duration pollInterval) {
        return new EventAppendListener(dataSource, notifiedEventSource, pollInterval);
    }
}
