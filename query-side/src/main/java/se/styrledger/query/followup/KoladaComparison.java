package se.styrledger.query.followup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The comparison beside a report: for each Kolada indicator, the kommun's own yearly utfall and the reference values
 * of its comparison set for the same year, as known at an instant. Reference values are never the kommun's own.
 * Kept apart from the report documents so the frozen snapshots and their templates stay as they are; the report's
 * comparison uses the report's own instant, the closing one when it is closed.
 */
@Component
public class KoladaComparison {

    public static final String ATTRIBUTION = "Källa: Kolada (RKA), CC BY 4.0";
    public static final String FORMAT = "styrledger.kolada-comparison/1";

    public record Comparison(String format, String title, int year, Instant knownAt, String attribution,
                             List<Line> lines) {
    }

    public record Line(UUID indicatorId, String indicatorName, String unitOfMeasure, String koladaKpiId,
                       List<Own> own, List<Reference> references) {
    }

    /** The kommun's own figure for the year, for one unit. */
    public record Own(UUID unitId, String unitName, UUID valueId, BigDecimal value, BigDecimal women,
                      BigDecimal men, String source, String eventId) {
    }

    /** A comparison kommun's figure for the year. */
    public record Reference(String municipalityId, String municipalityName, UUID valueId, BigDecimal value,
                            BigDecimal women, BigDecimal men, String source, String reason, String eventId) {
    }

    private final JdbcTemplate jdbc;

    public KoladaComparison(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Comparison build(String title, int year, Instant knownAt, UUID unitId) {
        Object[] at = FollowUpRows.at(LocalDate.of(year, 12, 31), knownAt);
        Map<UUID, FollowUpRows.IndicatorRow> indicators = new HashMap<>();
        jdbc.query("SELECT * FROM report_indicator_version WHERE kolada_kpi_id IS NOT NULL AND" + FollowUpRows.AT,
                FollowUpRows.INDICATOR, at).forEach(i -> indicators.put(i.indicatorId(), i));
        Map<UUID, String> unitNames = new HashMap<>();
        jdbc.query("SELECT * FROM report_unit_version WHERE" + FollowUpRows.KNOWN + " ORDER BY valid_from",
                FollowUpRows.UNIT, FollowUpRows.known(knownAt)).forEach(u -> unitNames.put(u.unitId(), u.name()));
        Map<UUID, List<Own>> own = new HashMap<>();
        jdbc.query("SELECT * FROM indicator_value_version WHERE" + FollowUpRows.KNOWN
                        + " AND period_kind = 'YEAR' AND period_year = ?", rs -> {
                    UUID indicator = rs.getObject("indicator_id", UUID.class);
                    UUID unit = rs.getObject("unit_id", UUID.class);
                    if (indicators.containsKey(indicator) && (unitId == null || unitId.equals(unit))) {
                        own.computeIfAbsent(indicator, i -> new ArrayList<>()).add(new Own(unit, unitNames.get(unit),
                                rs.getObject("value_id", UUID.class), rs.getBigDecimal("value"),
                                rs.getBigDecimal("women"), rs.getBigDecimal("men"), rs.getString("source"),
                                rs.getString("event_id")));
                    }
                }, java.sql.Timestamp.from(knownAt), java.sql.Timestamp.from(knownAt), year);
        Map<UUID, List<Reference>> references = new HashMap<>();
        jdbc.query("SELECT * FROM reference_value_version WHERE" + FollowUpRows.KNOWN + " AND period_year = ?", rs -> {
            UUID indicator = rs.getObject("indicator_id", UUID.class);
            if (indicators.containsKey(indicator)) {
                references.computeIfAbsent(indicator, i -> new ArrayList<>()).add(new Reference(
                        rs.getString("municipality_id"), rs.getString("municipality_name"),
                        rs.getObject("value_id", UUID.class), rs.getBigDecimal("value"), rs.getBigDecimal("women"),
                        rs.getBigDecimal("men"), rs.getString("source"), rs.getString("reason"),
                        rs.getString("event_id")));
            }
        }, java.sql.Timestamp.from(knownAt), java.sql.Timestamp.from(knownAt), year);

        List<Line> lines = new ArrayList<>();
        for (FollowUpRows.IndicatorRow indicator : indicators.values()) {
            List<Own> ours = own.getOrDefault(indicator.indicatorId(), List.of());
            List<Reference> theirs = references.getOrDefault(indicator.indicatorId(), List.of());
            if (ours.isEmpty() && theirs.isEmpty()) {
                continue;
            }
            lines.add(new Line(indicator.indicatorId(), indicator.name(), indicator.unitOfMeasure(),
                    indicator.koladaKpiId(), ours.stream().sorted(Comparator.comparing((Own o) ->
                    String.valueOf(o.unitName())).thenComparing(Own::valueId)).toList(),
                    theirs.stream().sorted(Comparator.comparing(Reference::municipalityId)).toList()));
        }
        lines.sort(Comparator.comparing(Line::indicatorName).thenComparing(Line::indicatorId));
        return new Comparison(FORMAT, title, year, knownAt, ATTRIBUTION, lines);
    }

    static byte[] csv(Comparison comparison) {
        Csv csv = new Csv().row(comparison.title()).row(comparison.attribution())
                .row("Indikator", "Kolada-id", "Måttenhet", "Avser", "Kommun-id", "År", "Värde", "Kvinnor", "Män",
                        "Källa", "Händelse");
        for (Line line : comparison.lines()) {
            for (Own own : line.own()) {
                csv.row(line.indicatorName(), line.koladaKpiId(), line.unitOfMeasure(),
                        "Eget utfall: " + own.unitName(), "", comparison.year(), own.value(), own.women(), own.men(),
                        own.source(), own.eventId());
            }
            for (Reference ref : line.references()) {
                csv.row(line.indicatorName(), line.koladaKpiId(), line.unitOfMeasure(),
                        "Jämförelse: " + ref.municipalityName(), ref.municipalityId(), comparison.year(), ref.value(),
                        ref.women(), ref.men(), ref.source(), ref.eventId());
            }
        }
        return csv.bytes();
    }
}
