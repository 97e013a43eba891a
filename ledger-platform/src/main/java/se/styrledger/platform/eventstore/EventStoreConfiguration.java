package se.styrledger.platform.eventstore;

import org.axonframework.commandhandling.DuplicateCommandHandlerResolution;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Axon's JDBC event store on PostgreSQL, with snake_case tables that Flyway creates (Axon creates none), so analysts
 * read {@code domain_event_entry.global_index} rather than folded camelCase names.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** PostgreSQL's SQLSTATE for a unique violation: two writers appended the same aggregate sequence number. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Replaces Axon's provider (its unit-of-work wrapper around Spring's), which rolls back the whole Spring
     * transaction when a command fails (ADR 0162): the unit-of-work wrapper stays, so a unit of work still uses one
     * connection.
     */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringOwnedConnections(dataSource));
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public DeadLetterSchema deadLetterSchema() {
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

    /**
     * Axon's JDBC token store, with the node's name in claims configurable: query nodes share the projection work by
     * claiming token rows under that name, so two nodes must never share it. Axon's default (process id and host)
     * is kept unless {@code styrledger.projections.node-id} is set, e.g. when two nodes run in one JVM.
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                                 TokenStoreProperties properties, ProjectionNodeProperties node) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout());
        return (node.nodeId().isBlank() ? builder : builder.nodeId(node.nodeId())).build();
    }

    /** Axon's stock resolver looks for SQLIntegrityConstraintViolationException, which the PostgreSQL driver never throws. */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Two handlers for one command type would silently route to whichever registered last; refuse at start-up
     * instead.
     */
    @Bean
    public DuplicateCommandHandlerResolver duplicateCommandHandlerResolver() {
        return DuplicateCommandHandlerResolution.rejectDuplicates();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 EventStoreProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .appendEvents(new PositionPreservingAppend())
                .dataType(byte[].class)
                .gapTimeout(properties.gapTimeoutMillis())
                .maxGapOffset(properties.maxGapOffset())
                .gapCleaningThreshold(properties.gapCleaningThreshold())
                .batchSize(properties.batchSize())
                .build();
    }
}
