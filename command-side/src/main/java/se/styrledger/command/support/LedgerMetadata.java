package se.styrledger.command.support;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who and why on every event: the metadata a command carries is copied onto each event it causes.
 * The event's own timestamp is the recorded time. Defining this provider replaces Axon's MessageOriginProvider,
 * which would overwrite {@code correlationId} with the command's message id; the command's message id is the
 * {@code commandId} instead.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerMetadata {

    public static final String RECORDED_BY = "recordedBy";
    public static final String COMMAND_ID = "commandId";
    public static final String CORRELATION_ID = "correlationId";
    /** The recording rights (ids, comma-separated) under which the command was recorded. */
    public static final String RECORDING_RIGHT = "recordingRight";
    /**
     * A migrated event's provenance (ADR 0160): the migration run, the file it came from (as the kommun named it), the
     * line, and the line's key, which makes a rerun of the same line record nothing.
     */
    public static final String MIGRATION_RUN = "migrationRun";
    public static final String MIGRATION_SOURCE = "migrationSource";
    public static final String MIGRATION_LINE = "migrationLine";
    public static final String MIGRATION_KEY = "migrationKey";

    @Bean
    public CorrelationDataProvider ledgerCorrelationData() {
        return new SimpleCorrelationDataProvider(RECORDED_BY, COMMAND_ID, CORRELATION_ID, RECORDING_RIGHT,
                MIGRATION_RUN, MIGRATION_SOURCE, MIGRATION_LINE, MIGRATION_KEY);
    }
}
