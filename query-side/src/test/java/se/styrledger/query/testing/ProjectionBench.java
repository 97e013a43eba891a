package se.styrledger.query.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.platform.eventstore.EventStoreConfiguration;
import se.styrledger.platform.testing.TestDatabase;
import se.styrledger.query.support.EntityHistory;
import se.styrledger.query.support.ModelWriter;
import se.styrledger.query.support.VersionWriter;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Projections at work without Spring: events are appended to Axon's JDBC event store on the real test PostgreSQL
 * (as the command side appends them) and handed to the projections' annotated handlers with a tracking token at
 * their global index (as a streaming processor hands them), so the handlers' refolds read the real store.
 */
public final class ProjectionBench {

    public static final ZoneId KOMMUN = ZoneId.of("Europe/Stockholm");

    private final DataSource dataSource = TestDatabase.migrated();
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final EmbeddedEventStore eventStore;
    private final List<AnnotationEventHandlerAdapter> projections = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    public ProjectionBench() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(new EventStoreConfiguration().eventSchema())
                .dataType(byte[].class)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public EntityHistory history() {
        return new EntityHistory(eventStore, 64);
    }

    public VersionWriter writer() {
        return new VersionWriter(jdbc);
    }

    /** Runs history → fold → write for the bitemporal models of the projections given to {@link #with}. */
    public ModelWriter models() {
        return new ModelWriter(history(), writer(), jdbc, clock());
    }

    public Clock clock() {
        return Clock.system(KOMMUN);
    }

    /** Registers projections; every recorded event goes to each that handles it. */
    public ProjectionBench with(Object... projections) {
        for (Object projection : projections) {
            this.projections.add(new AnnotationEventHandlerAdapter(projection));
        }
        return this;
    }

    /** Appends an event to the aggregate's stream as recorded at {@code recordedAt}, then projects it. */
    public long record(UUID aggregateId, Object payload, Instant recordedAt) {
        String aggregate = aggregateId.toString();
        long sequence = sequences.merge(aggregate, 0L, (previous, ignored) -> previous + 1);
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("RedThreadAggregate", aggregate, sequence,
                payload, Map.of(), UUID.randomUUID().toString(), recordedAt);
        eventStore.publish(event);
        Long position = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, event.getIdentifier());
        GenericTrackedDomainEventMessage<?> tracked = new GenericTrackedDomainEventMessage<>(
                GapAwareTrackingToken.newInstance(position, Collections.emptySortedSet()), event);
        try {
            for (AnnotationEventHandlerAdapter projection : projections) {
                if (projection.canHandle(tracked)) {
                    projection.handle(tracked);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("projecting " + payload, e);
        }
        return position;
    }
}
