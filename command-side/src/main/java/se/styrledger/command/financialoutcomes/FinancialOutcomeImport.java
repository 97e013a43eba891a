package se.styrledger.command.financialoutcomes;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.budget.Amounts;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.command.support.RecordingScope;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.ScopeLookups;
import se.styrledger.events.economy.FinancialOutcome;
import se.styrledger.events.economy.FinancialOutcomesRecorded;
import se.styrledger.events.economy.OutcomeSource;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.platform.web.LedgerException;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One recording of utfall: a SIE 4 or CSV file from the ekonomisystem, or figures entered by hand. It is one event,
 * so a file is recorded whole or not at all.
 */
@Aggregate
public class FinancialOutcomeImport {

    static final int MAX_OUTCOMES = 10_000;

    public record RecordFinancialOutcomes(UUID importId, OutcomeSource source, String fileName, String sha256,
                                          List<FinancialOutcome> outcomes) implements RecordsForUnits {
        /** A file records for every nämnd it has utfall for: the recorder needs a right for each. */
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            UUID[] units = outcomes == null ? new UUID[0] : outcomes.stream().filter(Objects::nonNull)
                    .map(FinancialOutcome::unitId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
            return units.length == 0 ? RecordingScope.council() : RecordingScope.units(units);
        }
    }

    @AggregateIdentifier
    private UUID importId;

    protected FinancialOutcomeImport() {
    }

    @CommandHandler
    public FinancialOutcomeImport(RecordFinancialOutcomes command, UnitDirectory units) {
        if (command.source() == null) {
            throw LedgerException.invalid("source", "Ange källan: SIE4, CSV eller MANUAL.");
        }
        List<FinancialOutcome> outcomes = command.outcomes() == null ? List.of() : command.outcomes();
        if (outcomes.isEmpty() || outcomes.size() > MAX_OUTCOMES) {
            throw LedgerException.invalid("outcomes", "Ange 1–" + MAX_OUTCOMES + " utfall.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            FinancialOutcome outcome = outcomes.get(i);
            String field = "outcomes[" + i + "]";
            if (outcome == null || outcome.period() == null || !outcome.period().wellFormed()) {
                throw LedgerException.invalid(field + ".period", "Perioden ska vara MONTH 1–12, TERTIAL 1–3 eller"
                        + " YEAR 1 ett år mellan 1900 och 2200.");
            }
            requireCommittee(outcome.unitId(), field + ".unitId", units);
            Amounts.require(outcome.amount(), field + ".amount", "Utfallet");
            if (!seen.add(outcome.unitId() + "|" + outcome.period())) {
                throw LedgerException.invalid(field, "Samma nämnd och period står två gånger.");
            }
        }
        apply(new FinancialOutcomesRecorded(command.importId(), command.source(),
                Fields.optionalText(command.fileName(), "fileName", "Filnamnet", 255), command.sha256(),
                List.copyOf(outcomes)));
    }

    @EventSourcingHandler
    void on(FinancialOutcomesRecorded event) {
        importId = event.importId();
    }

    /** Utfall, prognoser and ramar belong to nämnder and KS: the units KF gives a ram. */
    public static void requireCommittee(UUID unitId, String field, UnitDirectory units) {
        if (unitId == null) {
            throw LedgerException.invalid(field, "Ange nämnden (unitId).");
        }
        UnitDirectory.Unit unit = units.find(unitId).orElseThrow(() -> LedgerException.invalid(field,
                "Enheten " + unitId + " finns inte i organisationen."));
        if (unit.kind() != UnitKind.COMMITTEE && unit.kind() != UnitKind.EXECUTIVE_BOARD) {
            throw LedgerException.invalid(field, "Utfall och prognos gäller en nämnd eller kommunstyrelsen, inte en "
                    + unit.kind().swedish() + ".");
        }
    }
}
