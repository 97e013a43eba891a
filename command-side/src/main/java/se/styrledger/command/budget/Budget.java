package se.styrledger.command.budget;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.organisation.DecisionCheck;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.command.support.RecordsDecision;
import se.styrledger.events.Decision;
import se.styrledger.events.economy.BudgetAdopted;
import se.styrledger.events.economy.BudgetAmended;
import se.styrledger.events.economy.BudgetAmendmentKind;
import se.styrledger.events.economy.BudgetFrame;
import se.styrledger.events.economy.CompanyFinancialTarget;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The kommun's budget for one year: KF's ram per nämnd and the bolag's financial targets from ägardirektiv, and
 * every later tilläggsbudget or omfördelning, each by a KF decision. Its id follows from the year, so a
 * second budget for the same year is a conflict, not a second truth.
 */
@Aggregate
public class Budget {

    public record AdoptBudget(UUID budgetId, Integer year, List<BudgetFrame> frames,
                              List<CompanyFinancialTarget> companyTargets, Decision decision)
            implements RecordsDecision {
    }

    public record AmendBudget(@TargetAggregateIdentifier UUID budgetId, UUID amendmentId, BudgetAmendmentKind kind,
                              List<BudgetFrame> changes, String reason, Decision decision)
            implements RecordsDecision {
    }

    @AggregateIdentifier
    private UUID budgetId;
    private final Map<UUID, BigDecimal> frames = new HashMap<>();

    protected Budget() {
    }

    /** The one budget of a year. */
    public static UUID idFor(int year) {
        return UUID.nameUUIDFromBytes(("budget|" + year).getBytes(StandardCharsets.UTF_8));
    }

    @CommandHandler
    public Budget(AdoptBudget command, UnitDirectory units, Clock clock) {
        requireCouncil(command.decision(), units, clock);
        if (command.year() == null || command.year() < command.decision().decidedOn().getYear()
                || command.year() > command.decision().decidedOn().getYear() + 1) {
            throw LedgerException.invalid("year", "KF antar budgeten för det år beslutet fattas eller nästa år.");
        }
        List<BudgetFrame> frames = requireFrames(command.frames(), units, false);
        if (frames.isEmpty()) {
            throw LedgerException.ruleViolation("R-40", "frames", "Budgeten ska ge minst en nämnd en ram.");
        }
        List<CompanyFinancialTarget> targets = requireTargets(command.companyTargets(), units);
        apply(new BudgetAdopted(command.budgetId(), command.year(), frames, targets, command.decision()));
    }

    @CommandHandler
    public void handle(AmendBudget command, UnitDirectory units, Clock clock) {
        requireCouncil(command.decision(), units, clock);
        if (command.kind() == null) {
            throw LedgerException.invalid("kind", "Ange SUPPLEMENTARY (tilläggsbudget) eller REALLOCATION (omfördelning).");
        }
        String reason = Fields.requireText(command.reason(), "reason", "Skäl", 2000);
        List<BudgetFrame> changes = requireFrames(command.changes(), units, true);
        if (changes.isEmpty()) {
            throw LedgerException.invalid("changes", "Ändringen ska ändra minst en nämnds ram.");
        }
        if (command.kind() == BudgetAmendmentKind.REALLOCATION && changes.stream().map(BudgetFrame::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).signum() != 0) {
            throw LedgerException.invalid("changes", "En omfördelning flyttar pengar mellan nämnder: ändringarna ska"
                    + " summera till noll. Mer pengar är en tilläggsbudget.");
        }
        for (BudgetFrame change : changes) {
            if (frames.getOrDefault(change.unitId(), BigDecimal.ZERO).add(change.amount()).signum() < 0) {
                throw LedgerException.invalid("changes", "Nämndens ram (" + change.unitId()
                        + ") skulle bli negativ.");
            }
        }
        UUID amendmentId = command.amendmentId() != null ? command.amendmentId() : UUID.randomUUID();
        apply(new BudgetAmended(budgetId, amendmentId, command.kind(), changes, reason, command.decision()));
    }

    @EventSourcingHandler
    void on(BudgetAdopted event) {
        budgetId = event.budgetId();
        event.frames().forEach(frame -> frames.put(frame.unitId(), frame.amount()));
    }

    @EventSourcingHandler
    void on(BudgetAmended event) {
        event.changes().forEach(change -> frames.merge(change.unitId(), change.amount(), BigDecimal::add));
    }

    /** KF decides the budget and every later change to it. */
    static void requireCouncil(Decision decision, UnitDirectory units, Clock clock) {
        UnitDirectory.Unit body = DecisionCheck.requireValid(decision, units, clock);
        if (body.kind() != UnitKind.COUNCIL) {
            throw LedgerException.ruleViolation("R-40", "decision.decidedBy",
                    "Budgeten och varje ändring av den (tilläggsbudget, omfördelning) beslutas av kommunfullmäktige.");
        }
    }

    private static List<BudgetFrame> requireFrames(List<BudgetFrame> given, UnitDirectory units, boolean signed) {
        String field = signed ? "changes" : "frames";
        List<BudgetFrame> frames = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (BudgetFrame frame : given == null ? List.<BudgetFrame>of() : given) {
            if (frame == null || frame.unitId() == null) {
                throw LedgerException.invalid(field, "Varje ram ska ange nämnden (unitId).");
            }
            UnitDirectory.Unit unit = units.find(frame.unitId()).orElseThrow(() -> LedgerException.invalid(field,
                    "Enheten " + frame.unitId() + " finns inte i organisationen."));
            if (unit.kind() != UnitKind.COMMITTEE && unit.kind() != UnitKind.EXECUTIVE_BOARD) {
                throw LedgerException.invalid(field, "En ram ges till en nämnd eller kommunstyrelsen, inte till en "
                        + unit.kind().swedish() + ".");
            }
            if (!seen.add(frame.unitId())) {
                throw LedgerException.invalid(field, "Nämnden " + frame.unitId() + " står två gånger.");
            }
            BigDecimal amount = Amounts.require(frame.amount(), field, "Ramen");
            if (!signed && amount.signum() < 0) {
                throw LedgerException.invalid(field, "En ram kan inte vara negativ.");
            }
            frames.add(new BudgetFrame(frame.unitId(), amount));
        }
        return frames;
    }

    private static List<CompanyFinancialTarget> requireTargets(List<CompanyFinancialTarget> given,
                                                               UnitDirectory units) {
        List<CompanyFinancialTarget> targets = new ArrayList<>();
        for (CompanyFinancialTarget target : given == null ? List.<CompanyFinancialTarget>of() : given) {
            if (target == null || target.unitId() == null || units.find(target.unitId())
                    .filter(unit -> unit.kind() == UnitKind.COMPANY).isEmpty()) {
                throw LedgerException.invalid("companyTargets", "Ett finansiellt mål ur ägardirektiven gäller ett"
                        + " bolag i organisationen (unitId).");
            }
            targets.add(new CompanyFinancialTarget(target.unitId(),
                    Fields.requireText(target.target(), "companyTargets", "Målet", 2000), target.ownerDirectiveId()));
        }
        return targets;
    }
}
