package se.styrledger.query.support;

import org.axonframework.eventhandling.DomainEventMessage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One bitemporal read model, declared once (ADR 0170): the events it folds, the entity each of them concerns, the
 * change each makes to the entity's state, and the tables the folded versions are written to. {@link ModelWriter}
 * runs history → fold → write for it; another processing group that keeps its own tables (the follow-up's, ADR
 * 0040) takes the same fold with {@link #writingTo}, so no event is folded twice for one read model.
 */
public final class BitemporalModel<S> {

    /** The change an event makes as the entity's version {@code version}; null when it changes nothing. */
    @FunctionalInterface
    public interface ChangeOf<E, S> {
        Timeline.Change<S> of(E event, int version);
    }

    /**
     * As {@link ChangeOf}, for a change that depends on how the event was recorded: one without a decision date (an
     * indicator's or activity's revision) takes effect on the day the ledger recorded it (ADR 0009), and a row may
     * cite its event.
     */
    @FunctionalInterface
    public interface RecordedChangeOf<E, S> {
        Timeline.Change<S> of(E event, int version, Recorded recorded);
    }

    /** The day the ledger recorded an event, in the kommun's calendar, and the event's identifier. */
    public record Recorded(LocalDate on, String eventId) {
    }

    /** Changes that follow from an entity's whole history rather than from one event (a styrdokument's expiry). */
    @FunctionalInterface
    public interface Derived<S> {
        List<Timeline.Change<S>> from(List<Object> payloads);
    }

    private record Rule<E, S>(Class<E> type, Function<E, UUID> entity, RecordedChangeOf<E, S> change) {

        UUID entityOf(Object payload) {
            return entity.apply(type.cast(payload));
        }

        Timeline.Change<S> change(Object payload, int version, Recorded recorded) {
            return change.of(type.cast(payload), version, recorded);
        }
    }

    private final String name;
    private final Map<Class<?>, Rule<?, S>> rules;
    private final Derived<S> derived;
    private final List<VersionTable<S>> tables;

    private BitemporalModel(String name, Map<Class<?>, Rule<?, S>> rules, Derived<S> derived,
                            List<VersionTable<S>> tables) {
        this.name = name;
        this.rules = rules;
        this.derived = derived;
        this.tables = tables;
    }

    /** A model written to these tables, each a row mapping of the same state; its events follow with {@link #on}. */
    @SafeVarargs
    public static <S> BitemporalModel<S> writing(VersionTable<S> table, VersionTable<S>... more) {
        List<VersionTable<S>> tables = new ArrayList<>();
        tables.add(table);
        tables.addAll(List.of(more));
        return new BitemporalModel<>(table.table(), Map.of(), null, List.copyOf(tables));
    }

    /** Folds {@code type}: the event concerns the entity {@code entity} names and makes {@code change}. */
    public <E> BitemporalModel<S> on(Class<E> type, Function<E, UUID> entity, ChangeOf<E, S> change) {
        return onRecorded(type, entity, (event, version, recorded) -> change.of(event, version));
    }

    /** As {@link #on}, for a change that takes effect on the day the event was recorded, or cites the event. */
    public <E> BitemporalModel<S> onRecorded(Class<E> type, Function<E, UUID> entity,
                                             RecordedChangeOf<E, S> change) {
        Map<Class<?>, Rule<?, S>> more = new LinkedHashMap<>(rules);
        if (more.put(type, new Rule<>(type, entity, change)) != null) {
            throw new IllegalArgumentException(name + " folds " + type.getSimpleName() + " twice");
        }
        return new BitemporalModel<>(name, Map.copyOf(more), derived, tables);
    }

    /** Adds changes derived from the entity's whole history, applied with the events' own. */
    public BitemporalModel<S> deriving(Derived<S> derivedChanges) {
        return new BitemporalModel<>(name, rules, derivedChanges, tables);
    }

    /** The same fold, written to other tables: a processing group's own copy of this read model's rows. */
    @SafeVarargs
    public final BitemporalModel<S> writingTo(VersionTable<S> table, VersionTable<S>... more) {
        BitemporalModel<S> other = writing(table, more);
        return new BitemporalModel<>(other.name, rules, derived, other.tables);
    }

    public List<VersionTable<S>> tables() {
        return tables;
    }

    public Set<Class<?>> eventTypes() {
        return rules.keySet();
    }

    /** The entity the event concerns, or null when this model does not fold it. */
    public UUID entityOf(Object payload) {
        Rule<?, S> rule = rules.get(payload.getClass());
        return rule == null ? null : rule.entityOf(payload);
    }

    /**
     * The entity's versions after {@code events} (its aggregate's stream up to the event being projected). The
     * entity's versions are numbered 1, 2, … in the order the ledger recorded them, so a number never changes once
     * given, even when a later, backdated decision lands earlier on the decision axis.
     */
    public List<Timeline.Version<S>> versions(UUID entity, List<DomainEventMessage<?>> events, ZoneId zone) {
        List<Timeline.Change<S>> changes = new ArrayList<>();
        List<Object> payloads = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            Rule<?, S> rule = rules.get(payload.getClass());
            if (rule == null || !entity.equals(rule.entityOf(payload))) {
                continue;
            }
            payloads.add(payload);
            Timeline.Change<S> change = rule.change(payload, changes.size() + 1,
                    new Recorded(LocalDate.ofInstant(event.getTimestamp(), zone), event.getIdentifier()));
            if (change != null) {
                changes.add(change);
            }
        }
        if (derived != null) {
            changes.addAll(derived.from(payloads));
        }
        return Timeline.fold(changes);
    }
}
