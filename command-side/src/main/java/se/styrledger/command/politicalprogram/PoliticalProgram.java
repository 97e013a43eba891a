package se.styrledger.command.politicalprogram;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.eventsourcing.EventSourcingHandler;
import se.styrledger.command.governingdocument.DocumentContentCheck;
import se.styrledger.command.support.Fields;
import se.styrledger.command.support.RecordingScope;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.ScopeLookups;
import se.styrledger.events.governingdocument.PublishedText;
import se.styrledger.events.politicalprogram.PoliticalProgramRecorded;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A politiskt program, kept as a reference: a party's will is no decision of the kommun, so unlike a
 * styrdokument it takes no decision, no beslutsinstans and no paragraf — only what it is called, whose it is, when it
 * was presented and where its text is published.
 */
@Aggregate
public class PoliticalProgram {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The kansli records references for the kommun as a whole, so a right for KF or KS (or the whole kommun) does. */
    public record RecordPoliticalProgram(UUID programId, String title, String parties, LocalDate presentedOn,
                                         PublishedText publishedText) implements RecordsForUnits {

        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return RecordingScope.kommunLeadership();
        }
    }

    @AggregateIdentifier
    private UUID programId;

    protected PoliticalProgram() {
    }

    @CommandHandler
    public PoliticalProgram(RecordPoliticalProgram command, Clock clock) {
        if (command.programId() == null) {
            throw LedgerException.invalid("programId", "Programmets id saknas.");
        }
        String title = Fields.requireText(command.title(), "title", "Programmets titel", 300);
        String parties = Fields.requireText(command.parties(), "parties", "Partiet eller partierna bakom programmet",
                300);
        LocalDate presentedOn = command.presentedOn();
        if (presentedOn == null || presentedOn.isBefore(EARLIEST) || presentedOn.isAfter(LocalDate.now(clock))) {
            throw LedgerException.invalid("presentedOn", "Ange dagen då programmet presenterades (presentedOn),"
                    + " tidigast " + EARLIEST + " och senast i dag.");
        }
        if (command.publishedText() == null) {
            throw LedgerException.invalid("publishedText", "Ett politiskt program registreras som referens: ange"
                    + " länk till den publicerade texten (url), dess SHA-256-summa (sha256) eller båda.");
        }
        PublishedText published = DocumentContentCheck.requirePublishedText(command.publishedText());
        apply(new PoliticalProgramRecorded(command.programId(), title, parties, presentedOn, published));
    }

    @EventSourcingHandler
    void on(PoliticalProgramRecorded event) {
        programId = event.programId();
    }
}
