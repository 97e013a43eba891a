package se.styrledger.query.deadletters;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import jakarta.annotation.Nonnull;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every query-side processing group gets a dead-letter queue in PostgreSQL ({@code dead_letter_entry}): an event a
 * projection fails on is parked there, with the later events of the same entity, and the projection goes on with
 * everything else instead of stopping or retrying forever. Health shows parked letters; an ADMIN retries them after a
 * fix ({@link DeadLetterController}). The command side's lookups get none: their failure must fail the command.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterSettings {

    private static final String QUERY_SIDE = "se.styrledger.query";

    @Bean
    public ConfigurerModule deadLetterQueues(ListableBeanFactory beans, ConnectionProvider connections,
                                             TransactionManager transactions, DeadLetterSchema schema) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(@Nonnull Configurer configurer) {
                // Without the cache every event costs each group a query on dead_letter_entry, to learn whether its
                // entity already has a parked letter; with it only entities parked since the segment was claimed
                // (or all, if the queue was not empty then) are looked up. A segment belongs to one node at a time.
                // A reset (a rebuild) empties the group's queue: the replay meets every parked event again, and a
                // letter left behind would park the entity's replayed events after it instead of projecting them.
                querySideGroups(beans).forEach(group -> configurer.eventProcessing()
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (config, invoker) -> invoker.enableSequenceIdentifierCache().allowReset(true)));
                configurer.eventProcessing().registerDeadLetterQueueProvider(group -> isQuerySide(group, beans)
                        ? config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(schema)
                        .genericSerializer(config.serializer())
                        .eventSerializer(config.eventSerializer())
                        .build()
                        : null);
            }

            /** After Axon's own module, which registers a provider driven by axon.eventhandling.* properties. */
            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    /**
     * True for the processing group of an event handler that lives in the query side's packages; a group named after
     * its package (Axon's default when a handler names none) counts too.
     */
    static boolean isQuerySide(String group, ListableBeanFactory beans) {
        return group.startsWith(QUERY_SIDE + ".") || querySideGroups(beans).contains(group);
    }

    /** The processing groups named by @ProcessingGroup on handlers in the query side's packages. */
    static Set<String> querySideGroups(ListableBeanFactory beans) {
        return Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(beans::getType)
                .filter(Objects::nonNull)
                .filter(type -> type.getPackageName().startsWith(QUERY_SIDE))
                .map(type -> AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .collect(Collectors.toSet());
    }
}
