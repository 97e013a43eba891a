package se.styrledger.command.accountability;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.organisation.DecisionCheck;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.command.support.RecordingScope;
import se.styrledger.command.support.RecordsDecision;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.ScopeLookups;
import se.styrledger.events.Decision;
import se.styrledger.events.accountability.AuditAssessmentIssued;
import se.styrledger.events.accountability.AuditRecommendation;
import se.styrledger.events.accountability.AuditReportIssued;
import se.styrledger.events.accountability.AuditorsDocument;
import se.styrledger.events.accountability.DischargeDecided;
import se.styrledger.events.accountability.DischargeOutcome;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The ansvarsprövning of one nämnd for one year: the revisorer's granskningsrapporter and their bedömning with its
 * uttalande on ansvarsfrihet (R-50, KL 12 kap), then KF's decision on ansvarsfrihet (R-51, KL 5 kap 24–25 §§). Its id
 * follows from the nämnd and the year; whichever step is recorded first starts it.
 */
@Aggregate
public class Accountability {

    private static final int MAX_TITLE = 300;
    private static final int MAX_TEXT = 20_000;

    public record IssueAuditReport(@TargetAggregateIdentifier UUID accountabilityId, UUID reportId, UUID unitId,
                                   Integer year, String title, String conclusions, AuditorsDocument document)
            implements RecordsForUnits {
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return new RecordingScope.Auditors();
        }
    }

    public record IssueAuditAssessment(@TargetAggregateIdentifier UUID accountabilityId, UUID unitId, Integer year,
                                       String assessment, AuditRecommendation recommendation, String remark,
                                       String grounds, AuditorsDocument document)
            implements RecordsForUnits {
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return new RecordingScope.Auditors();
        }
    }

    /** Recorded by the kansli with KF's decision: a right for the deciding body, KF. */
    public record DecideDischarge(@TargetAggregateIdentifier UUID accountabilityId, UUID unitId, Integer year,
                                  DischargeOutcome outcome, String grounds, Decision decision)
            implements RecordsDecision {
    }

    @AggregateIdentifier
    private UUID accountabilityId;
    private final Set<UUID> reports = new HashSet<>();
    private LocalDate assessedOn;
    private boolean dischargeDecided;

    protected Accountability() {
    }

    /** The one ansvarsprövning of a nämnd and year. */
    public static UUID idFor(UUID unitId, int year) {
        return UUID.nameUUIDFromBytes(("accountability|" + unitId + "|" + year).getBytes(StandardCharsets.UTF_8));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueAuditReport command, UnitDirectory units, Clock clock) {
        requireOwnId(command.accountabilityId(), command.unitId(), command.year());
        AccountabilityChecks.requireNamndAndYear(command.unitId(), command.year(), units, clock, "R-50");
        if (command.reportId() == null || reports.contains(command.reportId())) {
            throw LedgerException.conflict("Granskningsrapporten " + command.reportId() + " är redan registrerad.");
        }
        String title = Fields.requireText(command.title(), "title", "Granskningsrapportens rubrik", MAX_TITLE);
        String conclusions = Fields.requireText(command.conclusions(), "conclusions", "Revisorernas slutsatser",
                MAX_TEXT);
        AuditorsDocument document = AccountabilityChecks.requireDocument(command.document(),
                LocalDate.of(command.year(), 1, 1), clock, "En granskningsrapport om " + command.year()
                        + " kan inte vara daterad före året den granskar.");
        apply(new AuditReportIssued(command.accountabilityId(), command.reportId(), command.unitId(), command.year(),
                title, conclusions, document));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueAuditAssessment command, UnitDirectory units, Clock clock) {
        requireOwnId(command.accountabilityId(), command.unitId(), command.year());
        AccountabilityChecks.requireNamndAndYear(command.unitId(), command.year(), units, clock, "R-50");
        if (assessedOn != null) {
            throw LedgerException.conflict("Revisorernas bedömning av nämnden för " + command.year()
                    + " är redan registrerad.");
        }
        if (command.recommendation() == null) {
            throw LedgerException.ruleViolation("R-50", "recommendation", "Ange revisorernas uttalande:"
                    + " DISCHARGE (tillstyrker ansvarsfrihet) eller NO_DISCHARGE (avstyrker ansvarsfrihet).");
        }
        String assessment = Fields.requireText(command.assessment(), "assessment", "Revisorernas bedömning",
                MAX_TEXT);
        String remark = Fields.optionalText(command.remark(), "remark", "Anmärkningen", MAX_TEXT);
        String grounds = Fields.optionalText(command.grounds(), "grounds", "Skälen", MAX_TEXT);
        if (grounds == null && (remark != null || command.recommendation() == AuditRecommendation.NO_DISCHARGE)) {
            throw LedgerException.ruleViolation("R-50", "grounds", "Revisorerna som avstyrker ansvarsfrihet eller"
                    + " riktar anmärkning ska ange skälen (KL 12 kap 12–13 §§).");
        }
        AuditorsDocument document = AccountabilityChecks.requireDocument(command.document(),
                LocalDate.of(command.year() + 1, 1, 1), clock, "Revisorernas bedömning av " + command.year()
                        + " avser hela året och kan inte vara daterad före årets slut.");
        apply(new AuditAssessmentIssued(command.accountabilityId(), command.unitId(), command.year(), assessment,
                command.recommendation(), remark, grounds, document));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DecideDischarge command, UnitDirectory units, Clock clock) {
        requireOwnId(command.accountabilityId(), command.unitId(), command.year());
        AccountabilityChecks.requireNamndAndYear(command.unitId(), command.year(), units, clock, "R-51");
        UnitDirectory.Unit body = DecisionCheck.requireValid(command.decision(), units, clock);
        if (body.kind() != UnitKind.COUNCIL) {
            throw LedgerException.ruleViolation("R-51", "decision.decidedBy", "Bara kommunfullmäktige beslutar om"
                    + " ansvarsfrihet (KL 5 kap 24 §); en " + body.kind().swedish() + " kan inte göra det.");
        }
        if (dischargeDecided) {
            throw LedgerException.conflict("Fullmäktiges beslut om ansvarsfrihet för nämnden och "
                    + command.year() + " är redan registrerat.");
        }
        if (command.outcome() == null) {
            throw LedgerException.ruleViolation("R-51", "outcome", "Ange beslutet: GRANTED (beviljas), REFUSED"
                    + " (vägras) eller REMARK (beviljas med anmärkning).");
        }
        String grounds = Fields.optionalText(command.grounds(), "grounds", "Skälen", MAX_TEXT);
        if (grounds == null && command.outcome().needsGrounds()) {
            throw LedgerException.ruleViolation("R-51", "grounds", "När fullmäktige vägrar ansvarsfrihet eller"
                    + " riktar anmärkning ska skälen anges (KL 5 kap 24–25 §§).");
        }
        if (assessedOn == null) {
            throw LedgerException.ruleViolation("R-51", "unitId", "Revisorernas bedömning av nämnden för "
                    + command.year() + " är inte registrerad; fullmäktige prövar ansvarsfriheten på grundval av"
                    + " revisionsberättelsen.");
        }
        if (command.decision().decidedOn().isBefore(assessedOn)) {
            throw LedgerException.ruleViolation("R-51", "decision.decidedOn", "Fullmäktiges beslut ("
                    + command.decision().decidedOn() + ") kan inte föregå revisorernas bedömning (" + assessedOn
                    + ").");
        }
        apply(new DischargeDecided(command.accountabilityId(), command.unitId(), command.year(), command.outcome(),
                grounds, command.decision()));
    }

    private static void requireOwnId(UUID accountabilityId, UUID unitId, Integer year) {
        if (unitId != null && year != null && !idFor(unitId, year).equals(accountabilityId)) {
            throw LedgerException.invalid("accountabilityId", "Ansvarsprövningens id hör inte till nämnden och året.");
        }
    }

    @EventSourcingHandler
    void on(AuditReportIssued event) {
        accountabilityId = event.accountabilityId();
        reports.add(event.reportId());
    }

    @EventSourcingHandler
    void on(AuditAssessmentIssued event) {
        accountabilityId = event.accountabilityId();
        assessedOn = event.document().issuedOn();
    }

    @EventSourcingHandler
    void on(DischargeDecided event) {
        accountabilityId = event.accountabilityId();
        dischargeDecided = true;
    }
}
