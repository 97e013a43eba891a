package se.styrledger.query.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every bitemporal model relies on: whose events it folds, how it numbers versions, where it writes. */
class BitemporalModelTest {

    private static final ZoneId KOMMUN = ZoneId.of("Europe/Stockholm");

    record Named(UUID id, String name, LocalDate on) {
    }

    record Noted(UUID id, String note) {
    }

    record State(String text, int version) {
    }

    private static final VersionTable<State> TABLE = table("named_version");

    private static final BitemporalModel<State> MODEL = BitemporalModel.writing(TABLE)
            .on(Named.class, Named::id, (e, version) -> new Timeline.Change<>(e.on(), version,
                    s -> new State(e.name(), version)))
            .onRecorded(Noted.class, Noted::id, (e, version, recorded) -> new Timeline.Change<>(recorded.on(),
                    version, s -> s == null ? null : new State(s.text() + " (" + e.note() + ")", version)));

    private final UUID one = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @Test
    void anEntitysVersionsAreNumberedAmongItsOwnEventsAndAnotherEntitysAreLeftOut() {
        List<DomainEventMessage<?>> stream = stream(
                new Named(one, "a", LocalDate.parse("2024-01-01")),
                new Named(other, "x", LocalDate.parse("2024-01-01")),
                new Named(one, "b", LocalDate.parse("2024-03-01")));

        assertThat(MODEL.versions(one, stream, KOMMUN)).extracting(Timeline.Version::state)
                .containsExactly(new State("a", 1), new State("b", 2));
        assertThat(MODEL.entityOf(stream.get(1).getPayload())).isEqualTo(other);
        assertThat(MODEL.entityOf("not an event of this model")).isNull();
    }

    @Test
    void aChangeWithoutADecisionDateTakesEffectOnTheDayItWasRecordedInTheKommun() {
        List<DomainEventMessage<?>> stream = new ArrayList<>(
                stream(new Named(one, "a", LocalDate.parse("2024-01-01"))));
        // 23:30 UTC on 31 May is 1 June in Sweden.
        stream.add(new GenericDomainEventMessage<>("Test", one.toString(), 1, new Noted(one, "noted"), Map.of(),
                UUID.randomUUID().toString(), Instant.parse("2024-05-31T23:30:00Z")));

        assertThat(MODEL.versions(one, stream, KOMMUN).get(1).validFrom()).isEqualTo(LocalDate.parse("2024-06-01"));
    }

    @Test
    void anotherGroupsTablesTakeTheSameFoldAndAnEventTypeIsFoldedOnce() {
        BitemporalModel<State> copy = MODEL.writingTo(table("report_named_version"));

        assertThat(copy.tables()).extracting(VersionTable::table).containsExactly("report_named_version");
        assertThat(copy.eventTypes()).isEqualTo(MODEL.eventTypes());
        assertThatThrownBy(() -> MODEL.on(Named.class, Named::id, (e, version) -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Named twice");
    }

    private List<DomainEventMessage<?>> stream(Object... events) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            stream.add(new GenericDomainEventMessage<>("Test", one.toString(), i, events[i]));
        }
        return stream;
    }

    private static VersionTable<State> table(String name) {
        return new VersionTable<>() {
            @Override
            public String table() {
                return name;
            }

            @Override
            public String idColumn() {
                return "named_id";
            }

            @Override
            public List<String> stateColumns() {
                return List.of("text", "version");
            }

            @Override
            public Object[] stateValues(State state) {
                return new Object[]{state.text(), state.version()};
            }
        };
    }
}
