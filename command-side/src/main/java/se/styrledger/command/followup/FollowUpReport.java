package se.styrledger.command.followup;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.organisation.DecisionCheck;
import se.styrledger.command.followup.FollowUpCommands.AdoptFollowUpReport;
import se.styrledger.command.followup.FollowUpCommands.CloseFollowUpReport;
import se.styrledger.command.followup.FollowUpCommands.OpenFollowUpReport;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.events.followup.FollowUpReportAdopted;
import se.styrledger.events.followup.FollowUpReportClosed;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.followup.FollowUpReportOpened;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A delårsrapport or årsredovisning: opened with its cut-off date, closed once the period is over, which
 * freezes what it says, then decided on by kommunfullmäktige, which godkänner the årsredovisning and
 * behandlar the delårsrapporter.
 */
@Aggregate
public class FollowUpReport {

    private static final int EARLIEST_YEAR = 1900;

    @AggregateIdentifier
    private UUID reportId;
    private FollowUpReportKind kind;
    private LocalDate cutOff;
    private FollowUpDirectory.Status status;

    protected FollowUpReport() {
    }

    @CommandHandler
    public FollowUpReport(OpenFollowUpReport command, FollowUpDirectory followUp, FollowUpSettings settings,
                          Clock clock) {
        if (command.reportId() == null) {
            throw LedgerException.invalid("reportId", "Rapportens id saknas.");
        }
        if (command.kind() == null) {
            throw LedgerException.invalid("kind", "Ange vilken rapport: INTERIM_1 (delårsrapport 1), INTERIM_2"
                    + " (delårsrapport 2) eller ANNUAL (årsredovisning).");
        }
        int nextYear = LocalDate.now(clock).getYear() + 1;
        if (command.year() < EARLIEST_YEAR || command.year() > nextYear) {
            throw LedgerException.invalid("year", "Året ska ligga mellan " + EARLIEST_YEAR + " och " + nextYear + ".");
        }
        followUp.report(command.year(), command.kind()).ifPresent(existing -> {
            throw LedgerException.ruleViolation("R-20", "kind", "Det finns redan en " + command.kind().swedish()
                    + " för " + command.year() + " (" + existing.reportId() + "): varje år har en av varje.");
        });
        apply(new FollowUpReportOpened(command.reportId(), command.year(), command.kind(),
                settings.cutOff(command.kind(), command.year())));
    }

    @CommandHandler
    public void handle(CloseFollowUpReport command, FollowUpDirectory followUp, Clock clock) {
        if (status != FollowUpDirectory.Status.OPEN) {
            throw LedgerException.conflict("Rapporten är redan stängd.");
        }
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(cutOff)) {
            throw LedgerException.ruleViolation("R-20", "reportId", "Rapporten kan stängas först efter brytdatum "
                    + cutOff + ": perioden den redovisar är inte slut.");
        }
        followUp.lockReportsForClosing();
        apply(new FollowUpReportClosed(reportId));
    }

    @CommandHandler
    public void handle(AdoptFollowUpReport command, UnitDirectory units, Clock clock) {
        if (status == FollowUpDirectory.Status.OPEN) {
            throw LedgerException.conflict("Rapporten är inte stängd: den stängs innan kommunfullmäktige "
                    + kind.councilDecides() + " den.");
        }
        if (status == FollowUpDirectory.Status.ADOPTED) {
            throw LedgerException.conflict("Rapporten är redan " + kind.councilDecided() + " av kommunfullmäktige.");
        }
        UnitDirectory.Unit body = DecisionCheck.requireValid(command.decision(), units, clock);
        if (body.kind() != UnitKind.COUNCIL) {
            throw LedgerException.ruleViolation("R-20", "decision.decidedBy", "Kommunfullmäktige godkänner"
                    + " årsredovisningen och behandlar delårsrapporterna, inte en " + body.kind().swedish() + ".");
        }
        if (!command.decision().decidedOn().isAfter(cutOff)) {
            throw LedgerException.ruleViolation("R-20", "decision.decidedOn", "Kommunfullmäktiges beslut om"
                    + " rapporten kan inte ha fattats före periodens slut (brytdatum " + cutOff + ").");
        }
        apply(new FollowUpReportAdopted(reportId, command.decision()));
    }

    @EventSourcingHandler
    void on(FollowUpReportOpened event) {
        reportId = event.reportId();
        kind = event.kind();
        cutOff = event.cutOff();
        status = FollowUpDirectory.Status.OPEN;
    }

    @EventSourcingHandler
    void on(FollowUpReportClosed event) {
        status = FollowUpDirectory.Status.CLOSED;
    }

    @EventSourcingHandler
    void on(FollowUpReportAdopted event) {
        status = FollowUpDirectory.Status.ADOPTED;
    }
}
