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

    @Bean
    public CorrelationDataProvider ledgerCorrelationData() {
        return new SimpleCorrelationDataProvider(RECORDED_BY, COMMAND_ID, CORRELATION_ID, RECORDING_RIGHT);
    }
}
