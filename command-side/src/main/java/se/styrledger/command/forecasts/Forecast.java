package se.styrledger.command.forecasts;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.styrledger.command.budget.Amounts;
import se.styrledger.command.financialoutcomes.FinancialOutcomeImport;
import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.command.support.Fields;
import se.styrledger.command.support.RecordingScope;
import se.styrledger.command.support.RecordsForUnits;
import se.styrledger.command.support.ScopeLookups;
import se.styrledger.events.economy.ForecastReported;
import se.styrledger.events.indicators.Period;
import se.styrledger.platform.web.LedgerException;

import java.math.BigDecimal;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A nämnd's prognos for its whole year's net cost, made at a period, with the åtgärder it reports. A later prognos
 * for the same period supersedes the earlier one in the read models; both stay in the ledger.
 */
@Aggregate
public class Forecast {

    public record ReportForecast(UUID forecastId, UUID unitId, Period period, BigDecimal fullYear, String source,
                                 String remedy) implements RecordsForUnits {
        @Override
        public RecordingScope recordingScope(ScopeLookups lookups) {
            return unitId == null ? RecordingScope.council() : RecordingScope.units(unitId);
        }
    }

    @AggregateIdentifier
    private UUID forecastId;

    protected Forecast() {
    }

    @CommandHandler
    public Forecast(ReportForecast command, UnitDirectory units) {
        FinancialOutcomeImport.requireCommittee(command.unitId(), "unitId", units);
        if (command.period() == null || !command.period().wellFormed()) {
            throw LedgerException.invalid("period", "Perioden ska vara MONTH 1–12, TERTIAL 1–3 eller YEAR 1.");
        }
        Amounts.require(command.fullYear(), "fullYear", "Helårsprognosen");
        apply(new ForecastReported(command.forecastId(), command.unitId(), command.period(), command.fullYear(),
                Fields.requireText(command.source(), "source", "Källan", 500),
                Fields.optionalText(command.remedy(), "remedy", "Åtgärderna", 4000)));
    }

    @EventSourcingHandler
    void on(ForecastReported event) {
        forecastId = event.forecastId();
    }
}
