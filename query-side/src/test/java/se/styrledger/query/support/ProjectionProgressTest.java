package se.styrledger.query.support;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionProgressTest {

    /** Position 5 was handed out to an append that rolled back: it stays a gap in the token. */
    private final TrackingToken pastARolledBackAppend = GapAwareTrackingToken.newInstance(10, new TreeSet<>(List.of(5L)));

    @Test
    void aPositionAfterAGapThatNeverFillsCountsAsProcessed() {
        assertThat(ProjectionProgress.reached(pastARolledBackAppend, 10)).isTrue();
        assertThat(ProjectionProgress.reached(pastARolledBackAppend, 7)).isTrue();
    }

    @Test
    void theGapItselfAndWhatLiesAheadAreNotProcessed() {
        assertThat(ProjectionProgress.reached(pastARolledBackAppend, 5)).isFalse();
        assertThat(ProjectionProgress.reached(pastARolledBackAppend, 11)).isFalse();
    }

    @Test
    void aReplayingProjectionCountsWhereItHasGotInTheReplay() {
        TrackingToken replaying = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(100, new TreeSet<>()),
                GapAwareTrackingToken.newInstance(40, new TreeSet<>()));

        assertThat(ProjectionProgress.reached(replaying, 40)).isTrue();
        assertThat(ProjectionProgress.reached(replaying, 41)).isFalse();
    }
}
