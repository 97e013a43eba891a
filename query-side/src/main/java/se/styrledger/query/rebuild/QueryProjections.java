package se.styrledger.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;
import se.styrledger.query.QuerySideConfiguration;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The query side's streaming processors on this node: every processor whose event handlers live in the query side's
 * packages. A rebuild resets exactly these, so a projection added in any query-side package takes part without being
 * registered anywhere, and a streaming processor of another kind (e.g. one that sends notifications) is never
 * replayed.
 */
@Component
public class QueryProjections {

    private static final String QUERY_SIDE = QuerySideConfiguration.class.getPackageName() + ".";

    private final EventProcessingConfiguration processing;

    public QueryProjections(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public List<StreamingEventProcessor> all() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .filter(processor -> processor instanceof AbstractEventProcessor abstractProcessor
                        && handlerTypes(abstractProcessor.eventHandlerInvoker())
                        .anyMatch(type -> type.getName().startsWith(QUERY_SIDE)))
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }

    private static Stream<Class<?>> handlerTypes(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            return multi.delegates().stream().flatMap(QueryProjections::handlerTypes);
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            return simple.eventHandlers().stream()
                    .filter(AnnotationEventHandlerAdapter.class::isInstance)
                    .map(handler -> ((AnnotationEventHandlerAdapter) handler).getTargetType());
        }
        return Stream.empty();
    }
}
