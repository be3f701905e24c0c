package io.plantrail.query.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Tokens live in PostgreSQL beside the read models, so each batch commits its rows and its token together. The
 * token table is also where query-service instances share the segments: a claim not renewed within the claim
 * timeout is free for another instance to take.
 */
@Configuration
class TokenStoreConfig {

    /** How this instance names itself in {@code token_entry.owner} and {@code query_instance}: pid@host. */
    static final String NODE_ID = ManagementFactory.getRuntimeMXBean().getName();

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                          @Value("${plantrail.projections.claim-timeout}") Duration claimTimeout) {
        TokenSchema schema = TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(schema)
                .contentType(byte[].class)
                .claimTimeout(claimTimeout)
                .nodeId(NODE_ID)
                .build();
    }
}
