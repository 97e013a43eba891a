package se.styrledger.query.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Folds an entity's changes into its versions on the decision axis. Changes apply in order of the date they take
 * effect (then in the order they were recorded), so a backdated decision lands where it belongs in the timeline,
 * not at the end.
 */
public final class Timeline {

    private Timeline() {
    }

    /** One change: from {@code effectiveOn}, the state becomes {@code apply(previous)}. */
    public record Change<S>(LocalDate effectiveOn, long sequence, UnaryOperator<S> apply) {
    }

    /** A state in force from {@code validFrom} (inclusive) to {@code validTo} (exclusive; null = until further notice). */
    public record Version<S>(LocalDate validFrom, LocalDate validTo, S state) {
    }

    public static <S> List<Version<S>> fold(List<Change<S>> changes) {
        List<Change<S>> ordered = changes.stream()
                .sorted(Comparator.comparing((Change<S> c) -> c.effectiveOn()).thenComparingLong(Change::sequence))
                .toList();
        List<Version<S>> versions = new ArrayList<>();
        S state = null;
        for (int i = 0; i < ordered.size(); i++) {
            Change<S> change = ordered.get(i);
            state = change.apply().apply(state);
            boolean lastOnThisDate = i + 1 == ordered.size()
                    || !ordered.get(i + 1).effectiveOn().equals(change.effectiveOn());
            if (lastOnThisDate && state != null) {
                addOrExtend(versions, change.effectiveOn(), state);
            }
        }
        return versions;
    }

    private static <S> void addOrExtend(List<Version<S>> versions, LocalDate from, S state) {
        if (!versions.isEmpty()) {
            Version<S> previous = versions.get(versions.size() - 1);
            if (Objects.equals(previous.state(), state)) {
                return;
            }
            versions.set(versions.size() - 1, new Version<>(previous.validFrom(), from, previous.state()));
        }
        versions.add(new Version<>(from, null, state));
    }
}
