package se.styrledger.query.audit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.followup.AttainmentLevel;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.ReadTime;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The findings on how a nämnd's commitments are planned and followed up (docs/granskning.md): no verksamhetsplan for
 * the year, an effektmål without aktiviteter, "uppfyllt" while an indikator is on the wrong side of its målvärde, an
 * aktivitet whose slutdatum was moved, a reassessment that gives no new analysis, an aktualitetsprövning overdue in
 * the nämnd's area, and a målvärde for another year than its effektmål's. All as of a date and as known at an
 * instant, each with the audit entries behind it.
 */
@Component
public class CommitmentFindings {

    /** The effektmål in force that are the nämnd's for the year: every commitment finding starts from them. */
    private static final String GOALS = "effect_goal_version eg WHERE " + AsOfSql.at("eg")
            + " AND NOT eg.withdrawn AND eg.owner_unit_id = :unitId AND eg.year = :year";

    private final NamedParameterJdbcTemplate jdbc;

    public CommitmentFindings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Finding> find(UUID unitId, int year, ReadTime at) {
        MapSqlParameterSource params = AsOfSql.params(at).addValue("unitId", unitId).addValue("year", year)
                .addValue("yearEnd", Date.valueOf(LocalDate.of(year, 12, 31)));
        List<Finding> findings = new ArrayList<>();
        findings.addAll(noOperationalPlan(unitId, year, at, params));
        findings.addAll(jdbc.query("SELECT eg.goal_id, eg.title FROM " + GOALS
                + " AND NOT EXISTS (SELECT 1 FROM activity_version a WHERE a.effect_goal_id = eg.goal_id AND "
                + AsOfSql.at("a") + ") ORDER BY eg.title", params, (rs, n) -> new Finding(
                FindingKind.NO_ACTIVITIES.name(), FindingKind.NO_ACTIVITIES.label(), "Effektmålet har inga"
                + " aktiviteter: det framgår inte hur nämnden ska nå det (§8 Aktivitet, R-13).",
                goal(rs), null, unitId, year, rs.getString("title"), evidence(goal(rs), params))));
        findings.addAll(fulfilledBelowTarget(unitId, year, params));
        findings.addAll(dueDatesMoved(unitId, year, params));
        findings.addAll(reassessmentsWithoutReason(unitId, year, params));
        findings.addAll(overdueReviews(unitId, year, params));
        findings.addAll(jdbc.query("SELECT eg.goal_id, eg.title, i.name, gi.target_value, gi.period_kind,"
                + " gi.period_year, gi.period_number FROM " + GOALS.replace(" WHERE ", " JOIN goal_indicator_version gi"
                + " ON gi.goal_id = eg.goal_id AND " + AsOfSql.at("gi") + " JOIN indicator_version i ON i.indicator_id"
                + " = gi.indicator_id AND " + AsOfSql.at("i") + " WHERE ")
                + " AND gi.target_value IS NOT NULL AND gi.period_year <> eg.year ORDER BY eg.title, i.name", params,
                (rs, n) -> new Finding(FindingKind.TARGET_FOR_OTHER_YEAR.name(),
                        FindingKind.TARGET_FOR_OTHER_YEAR.label(), "Indikatorn ”" + rs.getString("name")
                        + "” har målvärdet " + rs.getBigDecimal("target_value").toPlainString() + " för "
                        + period(rs) + ", men effektmålet gäller " + year + " (R-14).", goal(rs), null, unitId, year,
                        rs.getString("title"), evidence(goal(rs), params))));
        return findings;
    }

    /** a nämnd, KS or bolag whose year has begun without a verksamhetsplan in force for it. */
    private List<Finding> noOperationalPlan(UUID unitId, int year, ReadTime at, MapSqlParameterSource params) {
        if (at.asOf().getYear() < year) {
            return List.of();
        }
        List<String> kinds = jdbc.queryForList("SELECT u.kind FROM unit_version u WHERE u.unit_id = :unitId AND "
                + AsOfSql.at("u") + " AND NOT u.dissolved", params, String.class);
        if (kinds.isEmpty() || !List.of("COMMITTEE", "EXECUTIVE_BOARD", "COMPANY").contains(kinds.get(0))) {
            return List.of();
        }
        Boolean planned = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM operational_plan_version p"
                + " WHERE p.unit_id = :unitId AND p.year = :year AND NOT p.withdrawn AND " + AsOfSql.at("p") + ")",
                params, Boolean.class);
        if (Boolean.TRUE.equals(planned)) {
            return List.of();
        }
        // The unit's own events, and a withdrawn plan's, show what the ledger holds instead.
        List<Long> evidence = jdbc.queryForList("SELECT global_position FROM audit_entry WHERE (aggregate_id = :unitId"
                + " OR (unit_id = :unitId AND year = :year AND event_type LIKE 'OperationalPlan%'))"
                + " AND recorded_at <= CAST(:knownAt AS timestamptz) ORDER BY global_position", params, Long.class);
        return List.of(new Finding(FindingKind.NO_OPERATIONAL_PLAN.name(), FindingKind.NO_OPERATIONAL_PLAN.label(),
                "Det finns ingen gällande verksamhetsplan för " + year + " (R-07, §4).", null, null, unitId, year,
                "Verksamhetsplan " + year, evidence));
    }

    /**
     * An assessment "uppfyllt" while the latest value by the report's brytdatum of an indikator with a målvärde is
     * below it (above it, when lower is better).
     */
    private List<Finding> fulfilledBelowTarget(UUID unitId, int year, MapSqlParameterSource params) {
        return jdbc.query("SELECT eg.goal_id, eg.title, r.kind, r.year AS report_year, i.name, gi.target_value,"
                + " v.value, v.period_kind, v.period_year, v.period_number, a.recorded_position AS assessed,"
                + " v.recorded_position AS measured FROM " + GOALS.replace(" WHERE ",
                " JOIN assessment_version a ON a.goal_id = eg.goal_id AND " + AsOfSql.knownAt("a")
                + " JOIN follow_up_report_version r ON r.report_id = a.report_id AND " + AsOfSql.knownAt("r")
                + " JOIN goal_indicator_version gi ON gi.goal_id = eg.goal_id AND " + AsOfSql.at("gi")
                + " JOIN indicator_version i ON i.indicator_id = gi.indicator_id AND " + AsOfSql.at("i")
                + " JOIN LATERAL (SELECT v.* FROM indicator_value_version v WHERE v.indicator_id = gi.indicator_id"
                + "  AND v.unit_id = eg.owner_unit_id AND v.period_year = gi.period_year AND " + AsOfSql.knownAt("v")
                + "  AND v.valid_from <= r.cut_off ORDER BY v.valid_to DESC LIMIT 1) v ON true WHERE ")
                + " AND a.level = 'FULFILLED' AND gi.target_value IS NOT NULL"
                + " AND CASE WHEN i.direction = 'LOWER_IS_BETTER' THEN v.value > gi.target_value"
                + " ELSE v.value < gi.target_value END ORDER BY r.cut_off, eg.title, i.name", params,
                (rs, n) -> new Finding(FindingKind.FULFILLED_BELOW_TARGET.name(),
                        FindingKind.FULFILLED_BELOW_TARGET.label(), "Effektmålet bedömdes som "
                        + AttainmentLevel.FULFILLED.swedish() + " i " + report(rs) + ", men indikatorn ”"
                        + rs.getString("name") + "” låg på " + rs.getBigDecimal("value").toPlainString() + " för "
                        + period(rs) + " mot målvärdet " + rs.getBigDecimal("target_value").toPlainString()
                        + " (R-22).", goal(rs), null, unitId, year, rs.getString("title"),
                        List.of(rs.getLong("assessed"), rs.getLong("measured"))));
    }

    /**
     * An aktivitet whose slutdatum is not the one it was planned with. The original date stays in the finding, and
     * so does the fact that the aktivitet was overdue by it: moving the date does not undo that.
     */
    private List<Finding> dueDatesMoved(UUID unitId, int year, MapSqlParameterSource params) {
        return jdbc.query("SELECT a.activity_id, a.title, a.due_date, eg.goal_id, o.due_date AS original,"
                + " (SELECT min(s.changed_on) FROM activity_status_change s WHERE s.activity_id = a.activity_id"
                + "  AND s.status IN ('DONE', 'CANCELLED') AND s.recorded_from <= CAST(:knownAt AS timestamptz))"
                + "  AS finished_on"
                + " FROM " + GOALS.replace(" WHERE ", " JOIN activity_version a ON a.effect_goal_id = eg.goal_id AND "
                + AsOfSql.at("a") + " JOIN LATERAL (SELECT f.due_date FROM activity_version f"
                + "  WHERE f.activity_id = a.activity_id AND f.recorded_from <= CAST(:knownAt AS timestamptz)"
                + "  ORDER BY f.recorded_position, f.version LIMIT 1) o ON true WHERE ")
                + " AND o.due_date IS NOT NULL AND o.due_date IS DISTINCT FROM a.due_date ORDER BY eg.title, a.title",
                params, (rs, n) -> {
                    LocalDate original = rs.getDate("original").toLocalDate();
                    LocalDate finished = rs.getDate("finished_on") == null ? null
                            : rs.getDate("finished_on").toLocalDate();
                    LocalDate asOf = ((Date) params.getValue("asOf")).toLocalDate();
                    boolean overdue = original.isBefore(asOf) && (finished == null || finished.isAfter(original));
                    UUID activity = rs.getObject("activity_id", UUID.class);
                    return new Finding(FindingKind.DUE_DATE_MOVED.name(), FindingKind.DUE_DATE_MOVED.label(),
                            "Slutdatumet flyttades från " + original + " till " + (rs.getDate("due_date") == null
                            ? "inget datum" : rs.getDate("due_date").toLocalDate()) + "." + (overdue
                            ? " Aktiviteten var försenad enligt det ursprungliga slutdatumet " + original + "." : "")
                            + " (R-13)", goal(rs), activity, unitId, year, rs.getString("title"),
                            evidence(activity, params));
                });
    }

    /**
     * A goal reassessed in the same report at another level with the same analysis as before: nothing says why the
     * judgement changed (R-22, "Analys visar varför").
     */
    private List<Finding> reassessmentsWithoutReason(UUID unitId, int year, MapSqlParameterSource params) {
        return jdbc.query("SELECT x.*, eg.title, r.kind, r.year AS report_year FROM (SELECT a.goal_id, a.report_id,"
                + "  a.level, a.analysis, a.recorded_position, lag(a.level) OVER w AS previous_level,"
                + "  lag(a.analysis) OVER w AS previous_analysis, lag(a.recorded_position) OVER w AS previous_position"
                + "  FROM assessment_version a WHERE a.recorded_from <= CAST(:knownAt AS timestamptz)"
                + "  WINDOW w AS (PARTITION BY a.report_id, a.goal_id ORDER BY a.recorded_position)) x"
                + " JOIN follow_up_report_version r ON r.report_id = x.report_id AND " + AsOfSql.knownAt("r")
                + " JOIN " + GOALS.replace(" WHERE ", " ON eg.goal_id = x.goal_id AND ")
                + " AND x.previous_level IS NOT NULL AND x.level <> x.previous_level"
                + " AND btrim(x.analysis) = btrim(x.previous_analysis) ORDER BY x.recorded_position", params,
                (rs, n) -> new Finding(FindingKind.REASSESSMENT_WITHOUT_REASON.name(),
                        FindingKind.REASSESSMENT_WITHOUT_REASON.label(), "Bedömningen i " + report(rs)
                        + " ändrades från " + AttainmentLevel.valueOf(rs.getString("previous_level")).swedish()
                        + " till " + AttainmentLevel.valueOf(rs.getString("level")).swedish()
                        + " med samma analys som förut: skälet till den nya bedömningen framgår inte (R-22).",
                        goal(rs), null, unitId, year, rs.getString("title"),
                        List.of(rs.getLong("previous_position"), rs.getLong("recorded_position"))));
    }

    /**
     * A styrdokument in force in the nämnd's area (it applies to the nämnd, or the nämnd adopted it) whose
     * aktualitetsprövning was due by the audited date, within the year or before it.
     */
    private List<Finding> overdueReviews(UUID unitId, int year, MapSqlParameterSource params) {
        return jdbc.query("SELECT d.document_id, d.title, d.review_due FROM governing_document_version d WHERE "
                + AsOfSql.at("d") + " AND d.status = 'IN_FORCE' AND d.review_due < CAST(:asOf AS date)"
                + " AND d.review_due <= :yearEnd AND (:unitId = ANY(d.scope_unit_ids) OR d.decided_by = :unitId)"
                + " ORDER BY d.review_due, d.title", params, (rs, n) -> {
                    UUID document = rs.getObject("document_id", UUID.class);
                    return new Finding(FindingKind.REVIEW_OVERDUE.name(), FindingKind.REVIEW_OVERDUE.label(),
                            "Styrdokumentet skulle ha aktualitetsprövats senast "
                            + rs.getDate("review_due").toLocalDate() + " och är inte prövat (§7).", null, null,
                            unitId, year, rs.getString("title"), evidence(document, params));
                });
    }

    private static UUID goal(ResultSet rs) throws SQLException {
        return rs.getObject("goal_id", UUID.class);
    }

    private static String report(ResultSet rs) throws SQLException {
        return FollowUpReportKind.valueOf(rs.getString("kind")).swedish() + " " + rs.getInt("report_year");
    }

    private static String period(ResultSet rs) throws SQLException {
        return FollowUpDescriptions.period(new Period(PeriodKind.valueOf(rs.getString("period_kind")),
                rs.getInt("period_year"), rs.getInt("period_number")));
    }

    /** The events of the effektmål, aktivitet or styrdokument a finding is about. */
    private List<Long> evidence(UUID subject, MapSqlParameterSource params) {
        return jdbc.queryForList("SELECT global_position FROM audit_entry"
                + " WHERE (aggregate_id = :subject OR effect_goal_id = :subject)"
                + " AND recorded_at <= CAST(:knownAt AS timestamptz) ORDER BY global_position",
                new MapSqlParameterSource(params.getValues()).addValue("subject", subject), Long.class);
    }
}
