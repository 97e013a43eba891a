package se.styrledger.command.kolada;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.command.support.BatchedInserts;
import se.styrledger.command.support.CommandLookups;
import se.styrledger.events.followup.GenderSplit;
import se.styrledger.events.indicators.IndicatorDefined;
import se.styrledger.events.indicators.IndicatorRevised;
import se.styrledger.events.indicators.IndicatorSource;
import se.styrledger.events.kolada.ReferenceValueRecorded;
import se.styrledger.events.kolada.ReferenceValueWithdrawn;
import se.styrledger.platform.eventstore.AxonTables;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The command side's Kolada lookups, kept by the subscribing processor in the command's transaction: which indicator
 * records which Kolada KPI ({@code cmd_kolada_indicator}) and the current reference value of each comparison
 * kommun's series ({@code cmd_reference_value}).
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class JdbcKoladaDirectory {

    /** A current reference value, with its figure so an unchanged one is not recorded again. */
    public record Reference(UUID valueId, UUID indicatorId, String municipalityId, int year, BigDecimal value,
                            BigDecimal women, BigDecimal men) {
    }

    private final JdbcTemplate jdbc;

    private final AxonTables axonTables;

    public JdbcKoladaDirectory(JdbcTemplate jdbc, AxonTables axonTables) {
        this.jdbc = jdbc;
        this.axonTables = axonTables;
    }

    /** The indicator that records a KPI: the earliest defined when several name it. */
    public Optional<UUID> indicatorFor(String kpiId) {
        List<String> naming = jdbc.queryForList("SELECT indicator_id::text FROM cmd_kolada_indicator"
                + " WHERE kolada_kpi_id = ? ORDER BY indicator_id", String.class, kpiId);
        if (naming.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(axonTables.firstCreated(naming).orElse(naming.get(0))));
    }

    /** Current reference values of the indicator, by "municipality|year". */
    public Map<String, Reference> currentReferences(UUID indicatorId) {
        Map<String, Reference> current = new HashMap<>();
        jdbc.query("SELECT * FROM cmd_reference_value WHERE indicator_id = ? AND current", rs -> {
            Reference r = new Reference(rs.getObject("value_id", UUID.class), indicatorId,
                    rs.getString("municipality_id"), rs.getInt("period_year"), rs.getBigDecimal("value"),
                    rs.getBigDecimal("women"), rs.getBigDecimal("men"));
            current.put(r.municipalityId() + "|" + r.year(), r);
        }, indicatorId);
        return current;
    }

    /** A current value of the kommun's own, with its figure. */
    public record Own(UUID valueId, BigDecimal value, BigDecimal women, BigDecimal men) {
    }

    /** The current yearly values of an indicator for a unit, by year. */
    public Map<Integer, Own> currentYearValues(UUID indicatorId, UUID unitId) {
        Map<Integer, Own> current = new HashMap<>();
        jdbc.query("SELECT value_id, period_year, value, women, men FROM cmd_indicator_value WHERE indicator_id = ?"
                + " AND unit_id = ? AND period_kind = 'YEAR' AND superseded_by IS NULL AND NOT withdrawn", rs -> {
            current.put(rs.getInt("period_year"), new Own(rs.getObject("value_id", UUID.class),
                    rs.getBigDecimal("value"), rs.getBigDecimal("women"), rs.getBigDecimal("men")));
        }, indicatorId, unitId);
        return current;
    }

    @EventHandler
    void on(IndicatorDefined e) {
        remember(e.indicatorId(), e.source(), e.koladaKpiId());
    }

    @EventHandler
    void on(IndicatorRevised e) {
        remember(e.indicatorId(), e.source(), e.koladaKpiId());
    }

    @EventHandler
    void on(ReferenceValueRecorded e) {
        if (e.supersedesValueId() != null) {
            BatchedInserts.flush(jdbc);
            jdbc.update("UPDATE cmd_reference_value SET current = FALSE WHERE value_id = ?", e.supersedesValueId());
        }
        GenderSplit split = e.genderSplit();
        BatchedInserts.insert(jdbc, "INSERT INTO cmd_reference_value (value_id, indicator_id, municipality_id, period_year, value,"
                        + " women, men) VALUES (?, ?, ?, ?, ?, ?, ?)", e.valueId(), e.indicatorId(),
                e.municipalityId(), e.year(), e.value(), split == null ? null : split.women(),
                split == null ? null : split.men());
    }

    @EventHandler
    void on(ReferenceValueWithdrawn e) {
        BatchedInserts.flush(jdbc);
        jdbc.update("UPDATE cmd_reference_value SET current = FALSE WHERE value_id = ?", e.valueId());
    }

    private void remember(UUID indicatorId, IndicatorSource source, String kpiId) {
        jdbc.update("DELETE FROM cmd_kolada_indicator WHERE indicator_id = ?", indicatorId);
        if (source == IndicatorSource.KOLADA && kpiId != null) {
            jdbc.update("INSERT INTO cmd_kolada_indicator (indicator_id, kolada_kpi_id) VALUES (?, ?)", indicatorId,
                    kpiId);
        }
    }
}
