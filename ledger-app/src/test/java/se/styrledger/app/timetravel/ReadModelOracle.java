package se.styrledger.app.timetravel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.styrledger.app.HttpApi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One read model's part in the randomised time-travel test ({@link TimeTravelOracleTest}): how to record a random
 * history for it over HTTP, what its fast path answers at a point (asOf, knownAt), and what a naive replay of the
 * events known at knownAt says was in force on asOf. Both answers are JSON in the same canonical shape and order, so
 * the test compares them whole. Every read model is registered, by one line, in {@link EarlierReads#READS}, which
 * checks that a read as of an earlier instant answers what it answered then; a read model whose fold is worth writing
 * out a second time by hand also implements this and adds itself to {@link TimeTravelOracleTest#ORACLES}.
 */
interface ReadModelOracle {

    /** What a random history left behind: its aggregates, positions and the decision dates it used. */
    record History(Set<String> aggregateIds, long firstPosition, long lastPosition, List<LocalDate> decisionDates) {
    }

    String name();

    /** Records a history with backdated decisions, corrections and withdrawals, chosen by {@code random}. */
    History record(HttpApi api, Random random);

    /** The fast path's answer for the history's aggregates: the query API, reading the bitemporal tables. */
    JsonNode fastPath(HttpApi api, ObjectMapper json, History history, LocalDate asOf, Instant knownAt);

    /** The same answer from nothing but the events recorded at knownAt (oldest first), folded by hand. */
    JsonNode replay(ObjectMapper json, List<RecordedEvent> known, History history, LocalDate asOf);
}
