package se.styrledger.query.economy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.economy.FinancialOutcome;
import se.styrledger.events.economy.FinancialOutcomesRecorded;
import se.styrledger.events.economy.ForecastReported;
import se.styrledger.query.followup.FollowUpProcessing;
import se.styrledger.query.support.VersionWriter;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

/**
 * Projects utfall and prognoser ({@link BudgetProjection} the budget). It runs in the follow-up processing group because a closing report
 * freezes each nämnd's ram, utfall, prognos and avvikelse and must see exactly the events before its closing.
 */
@Component
@ProcessingGroup(FollowUpProcessing.PROCESSING_GROUP)
class EconomyProjection {

    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    public EconomyProjection(VersionWriter writer, JdbcTemplate jdbc) {
        this.writer = writer;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FinancialOutcomesRecorded event, EventMessage<?> message) {
        Timestamp at = Timestamp.from(message.getTimestamp());
        long position = writer.positionOf(message.getIdentifier());
        for (FinancialOutcome o : event.outcomes()) {
            jdbc.update("UPDATE financial_outcome_version SET recorded_to = ? WHERE unit_id = ? AND period_kind = ?"
                            + " AND period_year = ? AND period_number = ? AND recorded_to IS NULL", at, o.unitId(),
                    o.period().kind().name(), o.period().year(), o.period().number());
        }
        List<Object[]> rows = event.outcomes().stream().map(o -> new Object[]{event.importId(), o.unitId(),
                o.period().kind().name(), o.period().year(), o.period().number(), o.amount(), event.source().name(),
                event.fileName(), event.sha256(), message.getIdentifier(), Date.valueOf(o.period().start()),
                Date.valueOf(o.period().end().plusDays(1)), at, position}).toList();
        jdbc.batchUpdate("INSERT INTO financial_outcome_version (import_id, unit_id, period_kind, period_year,"
                + " period_number, amount, source, file_name, sha256, event_id, valid_from, valid_to, recorded_from,"
                + " recorded_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @EventHandler
    void on(ForecastReported e, EventMessage<?> message) {
        Timestamp at = Timestamp.from(message.getTimestamp());
        jdbc.update("UPDATE forecast_version SET recorded_to = ? WHERE unit_id = ? AND period_kind = ?"
                        + " AND period_year = ? AND period_number = ? AND recorded_to IS NULL", at, e.unitId(),
                e.period().kind().name(), e.period().year(), e.period().number());
        jdbc.update("INSERT INTO forecast_version (forecast_id, unit_id, period_kind, period_year, period_number,"
                        + " full_year, source, remedy, event_id, valid_from, valid_to, recorded_from, recorded_position)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.forecastId(), e.unitId(),
                e.period().kind().name(), e.period().year(), e.period().number(), e.fullYear(), e.source(),
                e.remedy(), message.getIdentifier(), Date.valueOf(e.period().start()),
                Date.valueOf(e.period().end().plusDays(1)), at, writer.positionOf(message.getIdentifier()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM financial_outcome_version");
        jdbc.update("DELETE FROM forecast_version");
    }
}
