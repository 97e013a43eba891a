package se.styrledger.command.accountability;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.support.Fields;
import se.styrledger.command.support.RecordingScope;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.ScopeLookups;
import se.styrledger.events.accountability.AuditStatementIssued;
import se.styrledger.events.accountability.AuditorsDocument;
import se.styrledger.platform.web.LedgerException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The revisorer's revisionsberättelse for a year, to KF (R-50, KL 12 kap 12 §). One per year: its id follows from
 * the year, so a second one is refused as a conflict.
 */
@Aggregate
public class AuditStatement {

    private static final int EARLIEST_YEAR = 1971;
    private static final int MAX_TEXT = 20_000;

    public record IssueAuditStatement(UUID statementId, Integer year, String summary, AuditorsDocument document)
            implements RecordsForUnits {
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return new RecordingScope.Auditors();
        }
    }

    @AggregateIdentifier
    private UUID statementId;

    protected AuditStatement() {
    }

    public static UUID idFor(int year) {
        return UUID.nameUUIDFromBytes(("audit-statement|" + year).getBytes(StandardCharsets.UTF_8));
    }

    @CommandHandler
    public AuditStatement(IssueAuditStatement command, Clock clock) {
        int thisYear = LocalDate.now(clock).getYear();
        if (command.year() == null || command.year() < EARLIEST_YEAR || command.year() >= thisYear) {
            throw LedgerException.invalid("year", "Revisionsberättelsen gäller ett avslutat år, mellan "
                    + EARLIEST_YEAR + " och " + (thisYear - 1) + ".");
        }
        String summary = Fields.requireText(command.summary(), "summary", "Revisionsberättelsens text", MAX_TEXT);
        AuditorsDocument document = AccountabilityChecks.requireDocument(command.document(),
                LocalDate.of(command.year() + 1, 1, 1), clock, "Revisionsberättelsen för " + command.year()
                        + " avser hela året och kan inte vara daterad före årets slut.");
        apply(new AuditStatementIssued(command.statementId(), command.year(), summary, document));
    }

    @EventSourcingHandler
    void on(AuditStatementIssued event) {
        statementId = event.statementId();
    }
}
