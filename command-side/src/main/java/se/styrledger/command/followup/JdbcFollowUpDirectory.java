package se.styrledger.command.followup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import se.styrledger.command.support.BatchedInserts;
import se.styrledger.command.support.CommandLookups;
import se.styrledger.command.support.WriteOrder;
import se.styrledger.events.followup.FollowUpReportAdopted;
import se.styrledger.events.followup.FollowUpReportClosed;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.followup.FollowUpReportOpened;
import se.styrledger.events.followup.IndicatorValueCorrected;
import se.styrledger.events.followup.IndicatorValueReported;
import se.styrledger.events.followup.IndicatorValueWithdrawn;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.platform.web.LedgerException;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * The follow-up lookup in {@code cmd_follow_up_report} and {@code cmd_indicator_value}, written by a subscribing
 * processor inside the command's transaction, and the PostgreSQL locks that order closings against recordings.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class JdbcFollowUpDirectory implements FollowUpDirectory {

    /** Advisory lock classes ("FU", "FV"), apart from any other use of advisory locks. */
    private static final int REPORTS_LOCK = 0x4655;
    private static final int SERIES_LOCK = 0x4656;

    private static final RowMapper<Report> REPORT = (rs, n) -> new Report(rs.getObject("report_id", UUID.class),
            rs.getInt("year"), FollowUpReportKind.valueOf(rs.getString("kind")), rs.getDate("cut_off").toLocalDate(),
            Status.valueOf(rs.getString("status")));

    private static final RowMapper<Value> VALUE = (rs, n) -> new Value(rs.getObject("value_id", UUID.class),
            rs.getObject("indicator_id", UUID.class), rs.getObject("unit_id", UUID.class),
            new Period(PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("period_year"),
                    rs.getInt("period_number")),
            rs.getObject("superseded_by", UUID.class));

    private final JdbcTemplate jdbc;

    public JdbcFollowUpDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Report> report(UUID reportId) {
        if (reportId == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT * FROM cmd_follow_up_report WHERE report_id = ?", REPORT, reportId).stream()
                .findFirst();
    }

    @Override
    public Optional<Report> report(int year, FollowUpReportKind kind) {
        return jdbc.query("SELECT * FROM cmd_follow_up_report WHERE year = ? AND kind = ?", REPORT, year, kind.name())
                .stream().findFirst();
    }

    @Override
    public Optional<Report> firstReportCovering(Period period) {
        return jdbc.query("SELECT * FROM cmd_follow_up_report WHERE year = ? AND cut_off >= ? ORDER BY cut_off LIMIT 1",
                REPORT, period.year(), Date.valueOf(period.end())).stream().findFirst();
    }

    @Override
    public Optional<Value> value(UUID valueId) {
        BatchedInserts.flush(jdbc);
        return jdbc.query("SELECT * FROM cmd_indicator_value WHERE value_id = ?", VALUE, valueId).stream().findFirst();
    }

    @Override
    public Optional<Value> currentValue(UUID indicatorId, UUID unitId, Period period) {
        BatchedInserts.flush(jdbc);
        return jdbc.query("SELECT * FROM cmd_indicator_value WHERE indicator_id = ? AND unit_id = ? AND period_kind = ?"
                        + " AND period_year = ? AND period_number = ? AND superseded_by IS NULL AND NOT withdrawn", VALUE,
                indicatorId, unitId, period.kind().name(), period.year(), period.number()).stream().findFirst();
    }

    @Override
    public void lockSeries(UUID indicatorId, UUID unitId, Period period) {
        String series = indicatorId + "|" + unitId + "|" + period.kind() + "|" + period.year() + "|" + period.number();
        jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", (RowCallbackHandler) rs -> { }, SERIES_LOCK, series);
    }

    @Override
    public void lockReportsShared() {
        jdbc.query("SELECT pg_advisory_xact_lock_shared(?, 0)", (RowCallbackHandler) rs -> { }, REPORTS_LOCK);
    }

    @Override
    public void lockReportsForClosing() {
        // Writers first: a command in flight holds the writers' lock and may still ask for the reports' lock, so
        // taking the reports' lock first would deadlock with it.
        WriteOrder.waitForAllWriters(jdbc);
        jdbc.query("SELECT pg_advisory_xact_lock(?, 0)", (RowCallbackHandler) rs -> { }, REPORTS_LOCK);
    }

    @EventHandler
    void on(FollowUpReportOpened e) {
        try {
            jdbc.update("INSERT INTO cmd_follow_up_report (report_id, year, kind, cut_off, status) VALUES (?, ?, ?, ?, ?)",
                    e.reportId(), e.year(), e.kind().name(), Date.valueOf(e.cutOff()), Status.OPEN.name());
        } catch (DuplicateKeyException raced) {
            throw LedgerException.ruleViolation("R-20", "kind", "Det finns redan en " + e.kind().swedish() + " för "
                    + e.year() + ": varje år har en av varje.");
        }
    }

    @EventHandler
    void on(FollowUpReportClosed e) {
        jdbc.update("UPDATE cmd_follow_up_report SET status = ? WHERE report_id = ?", Status.CLOSED.name(), e.reportId());
    }

    @EventHandler
    void on(FollowUpReportAdopted e) {
        jdbc.update("UPDATE cmd_follow_up_report SET status = ? WHERE report_id = ?", Status.ADOPTED.name(), e.reportId());
    }

    @EventHandler
    void on(IndicatorValueReported e) {
        insertValue(e.valueId(), e.indicatorId(), e.unitId(), e.period(), e.value(), e.genderSplit());
    }

    @EventHandler
    void on(IndicatorValueCorrected e) {
        BatchedInserts.flush(jdbc);
        jdbc.update("UPDATE cmd_indicator_value SET superseded_by = ? WHERE value_id = ?", e.valueId(),
                e.supersedesValueId());
        insertValue(e.valueId(), e.indicatorId(), e.unitId(), e.period(), e.value(), e.genderSplit());
    }

    @EventHandler
    void on(IndicatorValueWithdrawn e) {
        BatchedInserts.flush(jdbc);
        jdbc.update("UPDATE cmd_indicator_value SET withdrawn = TRUE WHERE value_id = ?", e.valueId());
    }

    /** The figure is kept so an import can tell an unchanged value from a revised one. */
    private void insertValue(UUID valueId, UUID indicatorId, UUID unitId, Period period, BigDecimal value,
                             GenderSplit split) {
        BatchedInserts.insert(jdbc, "INSERT INTO cmd_indicator_value (value_id, indicator_id, unit_id, period_kind,"
                        + " period_year, period_number, value, women, men) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", valueId,
                indicatorId, unitId, period.kind().name(), period.year(), period.number(), value,
                split == null ? null : split.women(), split == null ? null : split.men());
    }
}
