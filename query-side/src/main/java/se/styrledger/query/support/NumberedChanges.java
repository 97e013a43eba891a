package se.styrledger.query.support;

import org.axonframework.eventhandling.DomainEventMessage;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an aggregate's events into an entity's timeline changes, numbering the entity's versions 1, 2, … in the
 * order the ledger recorded its decisions. The number therefore never changes once given, even when a later,
 * backdated decision lands earlier on the decision axis.
 */
public final class NumberedChanges {

    private NumberedChanges() {
    }

    /** The change an event makes as version {@code version}, or null when the event is not about this entity. */
    @FunctionalInterface
    public interface ChangeOf<S> {
        Timeline.Change<S> of(DomainEventMessage<?> event, int version);
    }

    public static <S> List<Timeline.Change<S>> from(List<DomainEventMessage<?>> events, ChangeOf<S> changeOf) {
        List<Timeline.Change<S>> changes = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            Timeline.Change<S> change = changeOf.of(event, changes.size() + 1);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }
}
