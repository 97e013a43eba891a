package se.styrledger.query.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A projection of bitemporal models (ADR 0170): one handler takes every event, and each model that folds it gets
 * its entity refolded and written. A subclass names its processing group and its models and nothing else, so an
 * event's fold is written once, in its model. The handler takes {@code Object} so that both a processor and the
 * shared replay find it through the processor's handler invoker.
 */
public abstract class BitemporalProjection {

    private final ModelWriter writer;
    private final List<BitemporalModel<?>> models;
    private final Map<Class<?>, List<BitemporalModel<?>>> byEventType = new HashMap<>();

    protected BitemporalProjection(ModelWriter writer, BitemporalModel<?>... models) {
        this.writer = writer;
        this.models = List.of(models);
        for (BitemporalModel<?> model : models) {
            for (Class<?> type : model.eventTypes()) {
                byEventType.computeIfAbsent(type, t -> new ArrayList<>()).add(model);
            }
        }
    }

    @EventHandler
    public void on(Object payload, DomainEventMessage<?> message) {
        List<BitemporalModel<?>> folding = byEventType.get(payload.getClass());
        if (folding != null) {
            writer.write(folding, message);
        }
    }

    @ResetHandler
    public void reset() {
        models.forEach(writer::reset);
    }
}
