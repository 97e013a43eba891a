package se.styrledger.command.rights;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.styrledger.command.rights.RightCommands.ConfigureRecordingRight;
import se.styrledger.command.support.LedgerMetadata;
import se.styrledger.command.support.WriteOrder;
import se.styrledger.events.rights.Grantee;
import se.styrledger.events.rights.GranteeKind;
import se.styrledger.platform.database.EmbeddedDatabaseCondition;
import se.styrledger.platform.task.LedgerTaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The first recording right comes from configuration ({@code styrledger.recording-rights.bootstrap}, by default the embedded demo
 * account): on the first
 * start of a ledger that holds no right yet, each configured account and group gets a right for the whole kommun,
 * recorded as a {@code RecordingRightConfigured} event. Every later right is granted by decision. A restart, or a
 * second node starting at the same moment, finds the rights and records nothing. A task node (an import) records
 * nothing, since an import goes only into an empty event store.
 */
@Component
public class RecordingRightBootstrap implements ApplicationRunner {

    /** Who recorded the configured rights: the configuration, not a person. */
    static final String RECORDED_BY = "konfiguration (styrledger.recording-rights.bootstrap)";

    static final String DEMO_ACCOUNT = "demo";

    private static final Logger log = LoggerFactory.getLogger(RecordingRightBootstrap.class);

    private final RecordingRightSettings settings;
    private final JdbcRecordingRights rights;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final Clock clock;

    public RecordingRightBootstrap(RecordingRightSettings settings, JdbcRecordingRights rights, CommandGateway commands,
                                   JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                   Environment environment, Clock clock) {
        this.settings = settings;
        this.rights = rights;
        this.commands = commands;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * The configured accounts and groups; with none configured, the embedded default's demo account, so that the
     * README's walkthrough works out of the box. On an external database nobody is assumed: the demo account cannot
     * exist there, and a first right once recorded cannot be taken back by changing the configuration.
     */
    List<Grantee> grantees() {
        List<Grantee> grantees = new ArrayList<>();
        settings.bootstrap().accounts().forEach(a -> grantees.add(new Grantee(GranteeKind.ACCOUNT, a.strip())));
        settings.bootstrap().groups().forEach(g -> grantees.add(new Grantee(GranteeKind.GROUP, g.strip())));
        if (grantees.isEmpty() && EmbeddedDatabaseCondition.isEmbedded(environment)) {
            grantees.add(new Grantee(GranteeKind.ACCOUNT, DEMO_ACCOUNT));
        }
        return grantees;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (LedgerTaskRunner.requested(environment) || !settings.bootstrap().enabled()) {
            return;
        }
        List<Grantee> grantees = grantees();
        Integer recorded = transaction.execute(tx -> {
            WriteOrder.waitForAllWriters(jdbc);
            if (rights.anyRecorded()) {
                return 0;
            }
            LocalDate today = LocalDate.now(clock);
            for (Grantee grantee : grantees) {
                String commandId = UUID.randomUUID().toString();
                commands.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(commandId,
                        new ConfigureRecordingRight(UUID.randomUUID(), grantee, today,
                                "styrledger.recording-rights.bootstrap." + (grantee.kind() == GranteeKind.ACCOUNT
                                        ? "accounts" : "groups") + "=" + grantee.name()),
                        Map.of(LedgerMetadata.RECORDED_BY, RECORDED_BY, LedgerMetadata.COMMAND_ID, commandId,
                                LedgerMetadata.CORRELATION_ID, commandId)),
                        ConfigureRecordingRight.class.getName()));
            }
            return grantees.size();
        });
        if (recorded != null && recorded > 0) {
            log.info("Recorded {} recording right(s) for the whole kommun from styrledger.recording-rights.bootstrap",
                    recorded);
        } else if (grantees.isEmpty() && !rights.anyRecorded()) {
            log.warn("No recording right is recorded and styrledger.recording-rights.bootstrap names nobody:"
                    + " nobody can record until one is configured (see docs/recording-rights.md)");
        }
    }
}
