package io.plantrail.query.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection has a dead-letter queue in PostgreSQL: an event it cannot handle is parked with its cause
 * instead of being logged and skipped, only the later events of that aggregate wait behind it, and an operator
 * sees and retries it through /actuator/projections.
 */
@Configuration
class DeadLetterConfig {

    static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    ConfigurerModule deadLetterQueuePerProjection(ObjectProvider<ConnectionProvider> connections,
                                                  ObjectProvider<TransactionManager> transactions,
                                                  ObjectProvider<Serializer> serializer) {
        // Looked up when the processors are built: these beans need Axon's configuration, which needs this.
        return configurer -> configurer.eventProcessing().registerDeadLetterQueueProvider(
                processingGroup -> config -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(processingGroup)
                        .connectionProvider(connections.getObject())
                        .transactionManager(transactions.getObject())
                        .schema(schema())
                        .genericSerializer(serializer.getObject())
                        .eventSerializer(serializer.getObject())
                        .build());
    }
}
