package se.styrledger.query.rebuild;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildStatusTest {

    private static final Instant RESET = Instant.parse("2026-01-01T10:00:00Z");

    private static RebuildState replaying(Instant now) {
        return new RebuildState(3, RebuildState.Phase.REPLAYING, "demo", RESET, RESET, null, 1000L, 1000L, null,
                null, now);
    }

    @Test
    void progressIsTheSlowestProjectionAgainstTheTargetWithRateAndTimeLeft() {
        RebuildStatus status = RebuildStatus.of(replaying(RESET.plusSeconds(10)), Map.of("units", 400L, "goals", 250L));

        assertThat(status.processedPosition()).isEqualTo(250);
        assertThat(status.percent()).isEqualTo(25.0);
        assertThat(status.eventsDone()).isEqualTo(250);
        assertThat(status.eventsPerSecond()).isEqualTo(25.0);
        assertThat(status.secondsLeft()).isEqualTo(30);
        assertThat(status.serving()).isFalse();
        assertThat(status.summary()).contains("25.0 %").contains("25.0 events/s").contains("30 s left");
    }

    @Test
    void aFinishedRebuildReportsItsRateOverTheWholeReplay() {
        RebuildState done = new RebuildState(3, RebuildState.Phase.SERVING, "demo", RESET, RESET,
                RESET.plusSeconds(4), 1000L, 1000L, RebuildState.Outcome.COMPLETED, null, RESET.plusSeconds(60));

        RebuildStatus status = RebuildStatus.of(done, Map.of("units", 1200L));

        assertThat(status.percent()).isEqualTo(100.0);
        assertThat(status.eventsPerSecond()).isEqualTo(250.0);
        assertThat(status.secondsLeft()).isZero();
        assertThat(status.outcomeLabel()).isEqualTo("klar");
    }

    @Test
    void aLedgerNeverRebuiltReportsNoProgress() {
        RebuildState never = new RebuildState(0, RebuildState.Phase.SERVING, null, null, null, null, null, null, null,
                null, RESET);

        RebuildStatus status = RebuildStatus.of(never, Map.of());

        assertThat(status.percent()).isNull();
        assertThat(status.eventsPerSecond()).isNull();
        assertThat(status.serving()).isTrue();
    }
}
