package se.styrledger.app.timetravel;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.styrledger.app.CaughtUp;
import se.styrledger.app.LedgerHttpTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time travel, checked at random, two ways. For the organisation, at random points (asOf, knownAt), the fast path (an
 * indexed lookup in its bitemporal tables) answers exactly what a naive replay of the events recorded by knownAt,
 * filtered by asOf, says ({@link ReadModelOracle}). For every read model ({@link EarlierReads#READS}), a read as of a
 * date and as known at an earlier instant answers exactly what the read answered at that instant, after a history of
 * backdated decisions, corrections, revisions and withdrawals. Each history comes from a fixed seed, so a failure
 * names the seed and the point that reproduce it.
 */
class TimeTravelOracleTest extends LedgerHttpTest {

    /** Read models with a hand-written replay fold; every read model is also in {@link EarlierReads#READS}. */
    static final List<ReadModelOracle> ORACLES = List.of(new UnitOracle());

    private static final long[] SEEDS = {11, 23, 37, 41, 53, 67};
    private static final int POINTS_PER_HISTORY = 10;

    static Stream<Arguments> histories() {
        return ORACLES.stream().flatMap(oracle -> java.util.Arrays.stream(SEEDS)
                .mapToObj(seed -> Arguments.of(oracle, seed)));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("histories")
    void theFastPathAnswersWhatANaiveReplayOfTheEventsSays(ReadModelOracle oracle, long seed) {
        Random random = new Random(seed);
        ReadModelOracle.History history = oracle.record(api(), random);
        CaughtUp.await(api(), history.lastPosition());
        List<RecordedEvent> events = RecordedEvent.read(api(), json, history.firstPosition(), history.aggregateIds());
        assertThat(events).as("seed %d recorded a history", seed).hasSizeGreaterThan(10);

        for (int i = 0; i < POINTS_PER_HISTORY; i++) {
            Instant knownAt = knownAt(random, events);
            LocalDate asOf = asOf(random, history);

            JsonNode fast = oracle.fastPath(api(), json, history, asOf, knownAt);
            JsonNode replayed = oracle.replay(json, RecordedEvent.knownAt(events, knownAt), history, asOf);

            assertThat(fast).as("%s, seed %d, asOf %s, knownAt %s", oracle.name(), seed, asOf, knownAt)
                    .isEqualTo(replayed);
        }
    }

    /** A kommun of its own per seed; it opens no report, so it shares no (year, kind) with another class. */
    @ParameterizedTest(name = "every read model, seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {5, 19})
    void everyReadModelAnswersAsOfAnEarlierInstantWhatItAnsweredThen(long seed) {
        new EarlierReads(api(), seed).check(2017);
    }

    /** On an event's recorded time, just before it, anywhere between, before the history, or now. */
    private static Instant knownAt(Random random, List<RecordedEvent> events) {
        Instant first = events.get(0).recordedAt();
        Instant last = events.get(events.size() - 1).recordedAt();
        Instant some = events.get(random.nextInt(events.size())).recordedAt();
        return switch (random.nextInt(6)) {
            case 0 -> some;
            case 1 -> some.minusMillis(1);
            case 2 -> first.minusSeconds(1);
            case 3 -> Instant.now().truncatedTo(ChronoUnit.MILLIS);
            default -> first.plusMillis((long) (random.nextDouble() * (last.toEpochMilli() - first.toEpochMilli())));
        };
    }

    /** On a date a decision takes effect, the day before, or any day from before the first to after the last. */
    private static LocalDate asOf(Random random, ReadModelOracle.History history) {
        List<LocalDate> dates = history.decisionDates();
        LocalDate some = dates.get(random.nextInt(dates.size()));
        return switch (random.nextInt(3)) {
            case 0 -> some;
            case 1 -> some.minusDays(1);
            default -> LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365 * 32));
        };
    }
}
