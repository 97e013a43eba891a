package se.styrledger.query.support;

import org.axonframework.springboot.TokenStoreProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import se.styrledger.platform.testing.TestDatabase;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** When the watchdog sees a projection's segments as unclaimed, on Axon's token table in a real PostgreSQL. */
class ProcessorWatchdogTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.migrated());
    // An hour between checks: the test asks the question itself and restarts nothing.
    private final ProcessorWatchdog watchdog = new ProcessorWatchdog(null, jdbc, new TokenStoreProperties(),
            new ProjectionProperties(null, null, null, null, null, Duration.ofHours(1), 3, null));

    @AfterEach
    void stop() {
        watchdog.close();
    }

    private void token(String processor, String owner, Instant claimed) {
        jdbc.update("INSERT INTO token_entry (processor_name, segment, owner, time_stamp) VALUES (?, 0, ?, ?)",
                processor, owner, claimed.toString());
    }

    @Test
    void aSegmentNobodyOwnsIsUnclaimed() {
        token("watchdog-free", null, Instant.now());
        assertThat(watchdog.unclaimed("watchdog-free")).isTrue();
    }

    @Test
    void aClaimItsOwnerKeepsExtendingIsNotUnclaimed() {
        token("watchdog-live", "another-node", Instant.now());
        assertThat(watchdog.unclaimed("watchdog-live")).isFalse();
    }

    @Test
    void aClaimNobodyHasExtendedForTwiceTheClaimTimeoutIsUnclaimed() {
        // What a failed release during a database outage leaves behind (the default claim timeout is 10 s).
        token("watchdog-stale", "this-node", Instant.now().minusSeconds(25));
        assertThat(watchdog.unclaimed("watchdog-stale")).isTrue();
    }

    @Test
    void aProcessorWithoutSegmentsIsNotStuck() {
        assertThat(watchdog.unclaimed("watchdog-none")).isFalse();
    }
}
