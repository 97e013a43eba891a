package se.styrledger.query.audit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.query.economy.EconomyQueries;
import se.styrledger.query.economy.UnitEconomy;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.ReadTime;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The findings on a nämnd's intern kontroll and ekonomi for a year, as of a date and as known at an
 * instant: no internkontrollplan, a kontrollmoment not performed by its date, an avvikelse without åtgärd or
 * reason, no uppföljning to KS by the year's end, and a prognos more than
 * {@code styrledger.audit.forecast-over-frame-share} over the ram with no åtgärder reported.
 */
@Component
public class EconomyAndControlFindings {

    private final NamedParameterJdbcTemplate jdbc;
    private final EconomyQueries economy;
    private final BigDecimal overFrameShare;

    public EconomyAndControlFindings(NamedParameterJdbcTemplate jdbc, EconomyQueries economy,
                                     AuditProperties properties) {
        this.jdbc = jdbc;
        this.economy = economy;
        this.overFrameShare = properties.forecastOverFrameShare();
    }

    public List<Finding> find(UUID unitId, int year, ReadTime at) {
        MapSqlParameterSource params = AsOfSql.params(at).addValue("unitId", unitId).addValue("year", year);
        List<Finding> findings = new ArrayList<>();
        List<UUID> plans = jdbc.queryForList("SELECT p.plan_id FROM internal_control_plan_version p WHERE "
                + AsOfSql.at("p") + " AND p.unit_id = :unitId AND p.year = :year", params, UUID.class);
        if (plans.isEmpty()) {
            noPlan(unitId, year, at, params).ifPresent(findings::add);
            findings.addAll(forecastsOverFrame(unitId, year, at));
            return findings;
        }
        UUID planId = plans.get(0);
        List<Long> evidence = evidence(planId, params);
        findings.addAll(jdbc.query("SELECT c.what, c.responsible, c.due, c.performed_on"
                + " FROM internal_control_control_version c WHERE c.plan_id = :planId AND " + AsOfSql.at("c")
                + " AND c.due < CAST(:asOf AS date) AND (c.performed_on IS NULL OR c.performed_on > c.due)"
                + " ORDER BY c.due, c.what", new MapSqlParameterSource(params.getValues()).addValue("planId", planId),
                (rs, n) -> new Finding(FindingKind.CONTROL_NOT_PERFORMED.name(),
                        FindingKind.CONTROL_NOT_PERFORMED.label(), "Kontrollmomentet skulle vara utfört senast "
                        + rs.getDate("due").toLocalDate() + " (ansvarig " + rs.getString("responsible") + ")"
                        + (rs.getDate("performed_on") == null ? " och är inte utfört."
                        : " men utfördes först " + rs.getDate("performed_on").toLocalDate() + ".") + " (R-43)",
                        null, null, unitId, year, rs.getString("what"), evidence)));
        findings.addAll(jdbc.query("SELECT d.description, d.found_on FROM internal_control_deviation_version d"
                + " WHERE d.plan_id = :planId AND " + AsOfSql.at("d") + " AND d.remedy_action IS NULL"
                + " AND d.no_remedy_reason IS NULL ORDER BY d.found_on, d.deviation_id",
                new MapSqlParameterSource(params.getValues()).addValue("planId", planId),
                (rs, n) -> new Finding(FindingKind.DEVIATION_WITHOUT_REMEDY.name(),
                        FindingKind.DEVIATION_WITHOUT_REMEDY.label(), "Avvikelsen hittades "
                        + rs.getDate("found_on").toLocalDate() + " och har varken åtgärd eller registrerat skäl"
                        + " (R-44).", null, null, unitId, year, rs.getString("description"), evidence)));
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (at.asOf().isAfter(yearEnd)) {
            findings.addAll(jdbc.query("SELECT p.reported_on FROM internal_control_plan_version p"
                    + " WHERE p.plan_id = :planId AND " + AsOfSql.at("p")
                    + " AND (p.reported_on IS NULL OR p.reported_on > :yearEnd)",
                    new MapSqlParameterSource(params.getValues()).addValue("planId", planId)
                            .addValue("yearEnd", Date.valueOf(yearEnd)),
                    (rs, n) -> new Finding(FindingKind.NOT_REPORTED_TO_EXECUTIVE_BOARD.name(),
                            FindingKind.NOT_REPORTED_TO_EXECUTIVE_BOARD.label(), rs.getDate("reported_on") == null
                            ? "Nämndens uppföljning av internkontrollplanen har inte rapporterats till kommunstyrelsen"
                            + " (R-44)." : "Uppföljningen rapporterades till kommunstyrelsen först "
                            + rs.getDate("reported_on").toLocalDate() + ", efter årets slut (R-44).", null, null,
                            unitId, year, "Internkontrollplan " + year, evidence)));
        }
        findings.addAll(forecastsOverFrame(unitId, year, at));
        return findings;
    }

    private Optional<Finding> noPlan(UUID unitId, int year, ReadTime at, MapSqlParameterSource params) {
        if (at.asOf().getYear() < year) {
            return Optional.empty();
        }
        List<String> kinds = jdbc.queryForList("SELECT u.kind FROM unit_version u WHERE u.unit_id = :unitId AND "
                + AsOfSql.at("u"), params, String.class);
        if (kinds.isEmpty() || !(kinds.get(0).equals("COMMITTEE") || kinds.get(0).equals("EXECUTIVE_BOARD"))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FindingKind.NO_INTERNAL_CONTROL_PLAN.name(),
                FindingKind.NO_INTERNAL_CONTROL_PLAN.label(), "Nämnden har ingen antagen internkontrollplan för "
                + year + " (R-42, KL 6 kap 6 §).", null, null, unitId, year, "Internkontrollplan " + year,
                evidence(unitId, params)));
    }

    /** a prognos over the ram by more than the configured share, with no åtgärder reported with it. */
    private List<Finding> forecastsOverFrame(UUID unitId, int year, ReadTime at) {
        List<Finding> findings = new ArrayList<>();
        for (UnitEconomy line : economy.year(year, unitId, at, id -> null)) {
            if (line.frame() == null || line.forecast() == null || line.remedy() != null) {
                continue;
            }
            BigDecimal limit = line.frame().multiply(BigDecimal.ONE.add(overFrameShare));
            if (line.forecast().amount().compareTo(limit) > 0) {
                findings.add(new Finding(FindingKind.FORECAST_OVER_FRAME_WITHOUT_REMEDY.name(),
                        FindingKind.FORECAST_OVER_FRAME_WITHOUT_REMEDY.label(), "Helårsprognosen per "
                        + line.forecast().periodLabel() + " är " + line.forecast().amount().toPlainString()
                        + " kr mot ramen " + line.frame().toPlainString() + " kr (avvikelse "
                        + line.deviation().toPlainString() + " kr, mer än " + overFrameShare.movePointRight(2)
                        .stripTrailingZeros().toPlainString() + " % över ramen) och inga åtgärder är rapporterade.",
                        null, null, unitId, year, "Ekonomi " + year, line.evidence()));
            }
        }
        return findings;
    }

    private List<Long> evidence(UUID aggregateId, MapSqlParameterSource params) {
        return jdbc.queryForList("SELECT global_position FROM audit_entry WHERE aggregate_id = :subject"
                        + " AND recorded_at <= CAST(:knownAt AS timestamptz) ORDER BY global_position",
                new MapSqlParameterSource(params.getValues()).addValue("subject", aggregateId), Long.class);
    }
}
