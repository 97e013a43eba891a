package se.styrledger.query.support;

import org.junit.jupiter.api.Test;
import se.styrledger.query.support.Timeline.Change;
import se.styrledger.query.support.Timeline.Version;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private static Change<String> setTo(String date, long sequence, String value) {
        return new Change<>(LocalDate.parse(date), sequence, previous -> value);
    }

    @Test
    void changesBecomeConsecutiveVersions() {
        List<Version<String>> versions = Timeline.fold(List.of(setTo("2020-01-01", 0, "A"), setTo("2021-01-01", 1, "B")));

        assertThat(versions).containsExactly(
                new Version<>(LocalDate.parse("2020-01-01"), LocalDate.parse("2021-01-01"), "A"),
                new Version<>(LocalDate.parse("2021-01-01"), null, "B"));
    }

    @Test
    void aBackdatedChangeLandsWhereItTakesEffectNotAtTheEnd() {
        List<Version<String>> versions = Timeline.fold(List.of(
                setTo("2020-01-01", 0, "A"), setTo("2021-03-01", 1, "B"), setTo("2021-02-01", 2, "C")));

        assertThat(versions).extracting(Version::state).containsExactly("A", "C", "B");
        assertThat(versions.get(1).validTo()).isEqualTo(LocalDate.parse("2021-03-01"));
    }

    @Test
    void twoChangesOnOneDateApplyInTheOrderTheyWereRecorded() {
        List<Version<String>> versions = Timeline.fold(List.of(setTo("2020-01-01", 1, "later"), setTo("2020-01-01", 0, "first")));

        assertThat(versions).extracting(Version::state).containsExactly("later");
    }

    @Test
    void aChangeThatChangesNothingMakesNoNewVersion() {
        List<Version<String>> versions = Timeline.fold(List.of(setTo("2020-01-01", 0, "A"), setTo("2021-01-01", 1, "A")));

        assertThat(versions).containsExactly(new Version<>(LocalDate.parse("2020-01-01"), null, "A"));
    }
}
