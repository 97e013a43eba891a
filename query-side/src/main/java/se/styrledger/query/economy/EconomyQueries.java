package se.styrledger.query.economy;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.DecisionView;
import se.styrledger.query.support.PeriodLabels;
import se.styrledger.query.support.ReadTime;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads each nämnd's ram, utfall, prognos and avvikelse for a year at a point on both time axes. The follow-up
 * report reads it the same way when it freezes, naming the units from its own copy of the organisation.
 */
@Component
public class EconomyQueries {

    private static final String LATEST = "SELECT DISTINCT ON (unit_id) * FROM %s WHERE period_year = :year"
            + " AND valid_to <= CAST(:asOf AS date) + 1 AND " + AsOfSql.knownAt("t")
            + "%s ORDER BY unit_id, valid_to DESC, recorded_position DESC";

    private final NamedParameterJdbcTemplate jdbc;

    public EconomyQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every nämnd with a ram, utfall or prognos for the year, optionally one nämnd, named by {@code names}. */
    public List<UnitEconomy> year(int year, UUID unitId, ReadTime at, Function<UUID, String> names) {
        MapSqlParameterSource params = AsOfSql.params(at).addValue("year", year).addValue("unitId", unitId);
        String oneUnit = unitId == null ? "" : " AND t.unit_id = :unitId";
        Map<UUID, ResultRow> frames = new HashMap<>();
        jdbc.query("SELECT * FROM budget_frame_version t WHERE t.year = :year AND " + AsOfSql.at("t") + oneUnit,
                params, (ResultSet rs) -> {
                    frames.put(rs.getObject("unit_id", UUID.class), new ResultRow(rs.getBigDecimal("amount"),
                            rs.getBigDecimal("adopted_amount"), rs.getInt("amendments"),
                            rs.getLong("recorded_position")));
                });
        Map<UUID, UnitEconomy.Figure> outcomes = new HashMap<>();
        jdbc.query(LATEST.formatted("financial_outcome_version t", oneUnit), params, (ResultSet rs) -> {
            outcomes.put(rs.getObject("unit_id", UUID.class), figure(rs, "amount", rs.getString("source")));
        });
        Map<UUID, UnitEconomy.Figure> forecasts = new HashMap<>();
        Map<UUID, String> remedies = new HashMap<>();
        jdbc.query(LATEST.formatted("forecast_version t", oneUnit), params, (ResultSet rs) -> {
            UUID unit = rs.getObject("unit_id", UUID.class);
            forecasts.put(unit, figure(rs, "full_year", rs.getString("source")));
            remedies.put(unit, rs.getString("remedy"));
        });
        TreeSet<UUID> units = new TreeSet<>(frames.keySet());
        units.addAll(outcomes.keySet());
        units.addAll(forecasts.keySet());
        List<UnitEconomy> lines = new ArrayList<>();
        for (UUID unit : units) {
            ResultRow frame = frames.get(unit);
            UnitEconomy.Figure outcome = outcomes.get(unit);
            UnitEconomy.Figure forecast = forecasts.get(unit);
            String basis = null;
            BigDecimal deviation = null;
            if (frame != null && forecast != null) {
                basis = "PROGNOS";
                deviation = frame.amount().subtract(forecast.amount());
            } else if (frame != null && outcome != null && coversTheYear(outcome)) {
                basis = "UTFALL";
                deviation = frame.amount().subtract(outcome.amount());
            }
            List<Long> evidence = new ArrayList<>();
            if (frame != null) {
                evidence.add(frame.position());
            }
            if (outcome != null) {
                evidence.add(outcome.position());
            }
            if (forecast != null) {
                evidence.add(forecast.position());
            }
            lines.add(new UnitEconomy(unit, names.apply(unit), year, frame == null ? null : frame.amount(),
                    frame == null ? null : frame.adoptedAmount(), frame == null ? 0 : frame.amendments(), outcome,
                    forecast, deviation, basis, remedies.get(unit), evidence.stream().sorted().toList()));
        }
        lines.sort(Comparator.comparing((UnitEconomy e) -> Objects.requireNonNullElse(e.unitName(), ""))
                .thenComparing(UnitEconomy::unitId));
        return lines;
    }

    /** The names of units as of the read time, from the organisation's read table. */
    public Function<UUID, String> unitNames(ReadTime at) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.query("SELECT u.unit_id, u.name FROM unit_version u WHERE " + AsOfSql.at("u"), AsOfSql.params(at),
                (ResultSet rs) -> {
                    names.put(rs.getObject("unit_id", UUID.class), rs.getString("name"));
                });
        return names::get;
    }

    private record ResultRow(BigDecimal amount, BigDecimal adoptedAmount, int amendments, long position) {
    }

    private static boolean coversTheYear(UnitEconomy.Figure outcome) {
        Period period = new Period(PeriodKind.valueOf(outcome.periodKind()), outcome.periodYear(),
                outcome.periodNumber());
        return period.end().equals(LocalDate.of(outcome.periodYear(), 12, 31));
    }

    private static UnitEconomy.Figure figure(ResultSet rs, String amountColumn, String source) throws SQLException {
        Period period = new Period(PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("period_year"),
                rs.getInt("period_number"));
        return new UnitEconomy.Figure(rs.getBigDecimal(amountColumn), period.kind().name(), period.year(),
                period.number(), PeriodLabels.label(period), source, rs.getLong("recorded_position"),
                rs.getString("event_id"));
    }

    /** A year's budget as in force on the date: each nämnd's ram and the bolag's financial targets, with decisions. */
    public BudgetView budget(int year, ReadTime at) {
        MapSqlParameterSource params = AsOfSql.params(at).addValue("year", year);
        Function<UUID, String> names = unitNames(at);
        List<BudgetView.FrameLine> frames = jdbc.query("SELECT * FROM budget_frame_version t WHERE t.year = :year AND "
                + AsOfSql.at("t"), params, (rs, n) -> new BudgetView.FrameLine(rs.getObject("unit_id", UUID.class),
                names.apply(rs.getObject("unit_id", UUID.class)), rs.getBigDecimal("amount"),
                rs.getBigDecimal("adopted_amount"), rs.getInt("amendments"), DecisionView.read(rs),
                rs.getLong("recorded_position")));
        List<BudgetView.TargetLine> targets = jdbc.query("SELECT * FROM company_financial_target_version t"
                + " WHERE t.year = :year AND " + AsOfSql.at("t"), params, (rs, n) -> new BudgetView.TargetLine(
                rs.getObject("unit_id", UUID.class), names.apply(rs.getObject("unit_id", UUID.class)),
                rs.getString("target"), rs.getObject("owner_directive_id", UUID.class), DecisionView.read(rs)));
        return new BudgetView(year, frames.stream().sorted(Comparator.comparing((BudgetView.FrameLine f) ->
                Objects.requireNonNullElse(f.unitName(), "")).thenComparing(BudgetView.FrameLine::unitId)).toList(),
                targets);
    }
}
