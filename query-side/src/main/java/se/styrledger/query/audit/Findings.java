package se.styrledger.query.audit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.indicators.Period;
import se.styrledger.events.indicators.PeriodKind;
import se.styrledger.query.flags.FlagView;
import se.styrledger.query.followup.Labels;
import se.styrledger.query.flags.Flags;
import se.styrledger.query.support.AsOfSql;
import se.styrledger.query.support.ReadTime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The findings of a revisor's grundläggande granskning for one nämnd or bolag and year, as of a date and as known at
 * an instant. The röd tråd's own {@link Flags} supply three of them; the rest are read from the röd tråd's tables
 * and the audit trail. Each carries the audit entries behind it.
 */
@Component
public class Findings {

    private final NamedParameterJdbcTemplate jdbc;
    private final Flags flags;
    private final int lateRecordingDays;
    private final EconomyAndControlFindings economyAndControl;
    private final CommitmentFindings commitments;
    private final AuditNames names;

    public Findings(NamedParameterJdbcTemplate jdbc, Flags flags,
                    AuditProperties properties,
                    EconomyAndControlFindings economyAndControl, CommitmentFindings commitments, AuditNames names) {
        this.jdbc = jdbc;
        this.flags = flags;
        this.lateRecordingDays = properties.lateRecordingDays();
        this.economyAndControl = economyAndControl;
        this.commitments = commitments;
        this.names = names;
    }

    public List<Finding> find(UUID unitId, int year, ReadTime at) {
        MapSqlParameterSource params = AsOfSql.params(at).addValue("unitId", unitId).addValue("year", year)
                .addValue("lateDays", lateRecordingDays);
        List<Finding> findings = new ArrayList<>();
        for (FlagView flag : flags.find(at, Flags.Scope.of(unitId, year))) {
            FindingKind kind = switch (flag.kind()) {
                case "ALL_DIRECTION_GOALS_WITHDRAWN" -> FindingKind.NOT_LINKED_TO_DIRECTION_GOAL_IN_FORCE;
                case "NO_INDICATOR" -> FindingKind.NO_INDICATOR;
                case "ACTIVITY_OVERDUE" -> FindingKind.ACTIVITY_OVERDUE;
                default -> throw new IllegalStateException("A flag with no finding: " + flag.kind());
            };
            findings.add(finding(kind, flag.detail(), flag.effectGoalId(), flag.activityId(), flag.unitId(),
                    flag.year(), flag.title(), params));
        }
        findings.addAll(jdbc.query("SELECT DISTINCT eg.goal_id, eg.title FROM effect_goal_version eg"
                + " JOIN effect_goal_link_version l ON l.goal_id = eg.goal_id AND " + AsOfSql.at("l")
                + " JOIN direction_goal_version dg ON dg.goal_id = l.direction_goal_id AND " + AsOfSql.at("dg")
                + " WHERE " + AsOfSql.at("eg") + " AND NOT eg.withdrawn AND dg.withdrawn"
                + " AND eg.owner_unit_id = :unitId AND eg.year = :year", params, (rs, n) -> goalFinding(
                FindingKind.ACTIVE_UNDER_WITHDRAWN_DIRECTION_GOAL,
                "Effektmålet gäller men minst ett av dess inriktningsmål är upphävt av kommunfullmäktige.", rs, params)));
        findings.addAll(jdbc.query("SELECT eg.goal_id, eg.title FROM effect_goal_version eg"
                + " WHERE " + AsOfSql.at("eg") + " AND NOT eg.withdrawn AND eg.owner_unit_id = :unitId"
                + " AND eg.year = :year"
                + " AND EXISTS (SELECT 1 FROM goal_indicator_version gi WHERE gi.goal_id = eg.goal_id AND "
                + AsOfSql.at("gi") + ")"
                + " AND NOT EXISTS (SELECT 1 FROM goal_indicator_version gi WHERE gi.goal_id = eg.goal_id AND "
                + AsOfSql.at("gi") + " AND gi.target_value IS NOT NULL AND gi.period_year = eg.year)",
                params, (rs, n) -> goalFinding(FindingKind.NO_TARGET_FOR_YEAR,
                        "Effektmålet har indikatorer men inget målvärde för verksamhetsåret.", rs, params)));
        findings.addAll(jdbc.query("SELECT a.activity_id, a.title, eg.goal_id FROM activity_version a"
                + " JOIN effect_goal_version eg ON eg.goal_id = a.effect_goal_id AND " + AsOfSql.at("eg")
                + " WHERE " + AsOfSql.at("a") + " AND eg.owner_unit_id = :unitId AND eg.year = :year"
                + " AND (a.responsible IS NULL OR btrim(a.responsible) = '' OR a.due_date IS NULL)",
                params, (rs, n) -> finding(FindingKind.ACTIVITY_WITHOUT_RESPONSIBLE_OR_DUE_DATE,
                        "Aktiviteten är inte ansvarsfördelad och tidssatt (R-13).", rs.getObject("goal_id", UUID.class),
                        rs.getObject("activity_id", UUID.class), unitId, year, rs.getString("title"), params)));
        findings.addAll(jdbc.query("SELECT DISTINCT r.report_id, r.kind, r.cut_off, eg.goal_id, eg.title"
                + " FROM follow_up_report_version r"
                + " JOIN effect_goal_version eg ON eg.owner_unit_id = :unitId AND eg.year = :year AND NOT eg.withdrawn"
                + "  AND daterange(eg.valid_from, eg.valid_to, '[)') @> r.cut_off"
                + "  AND tstzrange(eg.recorded_from, eg.recorded_to, '[)') @> r.closed_at"
                + " WHERE r.year = :year AND r.closed_at <= CAST(:knownAt AS timestamptz) AND " + AsOfSql.knownAt("r")
                + " AND NOT EXISTS (SELECT 1 FROM assessment_version a WHERE a.report_id = r.report_id"
                + "  AND a.goal_id = eg.goal_id AND a.recorded_from <= r.closed_at)"
                + " ORDER BY r.cut_off, eg.title", params, (rs, n) -> goalFinding(FindingKind.UNASSESSED_IN_CLOSED_REPORT,
                "Effektmålet fick ingen bedömning av måluppfyllelse i "
                        + Labels.reportName(FollowUpReportKind.valueOf(rs.getString("kind")), year)
                        + " (brytdatum " + rs.getDate("cut_off").toLocalDate() + ") innan rapporten stängdes.",
                rs, params)));
        // Tied to each effektmål of the year the indikator measures, so the finding shows in that goal's trail.
        findings.addAll(jdbc.query("SELECT v.value_id, v.recorded_position, v.reason, v.period_kind, v.period_year,"
                + " v.period_number, v.value, eg.goal_id, eg.title, (SELECT i.name FROM indicator_version i"
                + "  WHERE i.indicator_id = v.indicator_id ORDER BY i.recorded_position DESC LIMIT 1) AS name"
                + " FROM indicator_value_version v"
                + " LEFT JOIN effect_goal_version eg ON eg.owner_unit_id = v.unit_id AND eg.year = v.period_year AND "
                + AsOfSql.at("eg") + " AND EXISTS (SELECT 1 FROM goal_indicator_version gi WHERE gi.goal_id = eg.goal_id"
                + "  AND gi.indicator_id = v.indicator_id AND " + AsOfSql.at("gi") + ")"
                + " WHERE v.unit_id = :unitId AND v.period_year = :year"
                + " AND v.supersedes_value_id IS NOT NULL AND v.after_closed_report_id IS NOT NULL"
                + " AND v.recorded_from <= CAST(:knownAt AS timestamptz) ORDER BY v.recorded_position", params,
                (rs, n) -> new Finding(FindingKind.CORRECTED_AFTER_CLOSE.name(), FindingKind.CORRECTED_AFTER_CLOSE.label(),
                        "Värdet för " + FollowUpDescriptions.period(new Period(PeriodKind.valueOf(
                                rs.getString("period_kind")), rs.getInt("period_year"), rs.getInt("period_number")))
                                + " korrigerades till " + rs.getBigDecimal("value").toPlainString()
                                + " efter att rapporten stängts: " + rs.getString("reason") + " (R-21, R-23)",
                        rs.getObject("goal_id", UUID.class), null, unitId, year, rs.getString("title") != null
                        ? rs.getString("title") : "Korrigerat värde för ”" + rs.getString("name") + "”",
                        List.of(rs.getLong("recorded_position")))));
        findings.addAll(jdbc.query("SELECT global_position, description, effect_goal_id, lag_days, decided_on"
                + " FROM audit_entry WHERE unit_id = :unitId AND year = :year AND lag_days > :lateDays"
                // A migrated decision was recorded late by design: the finding is about what came after go-live.
                + " AND migration_run IS NULL"
                + " AND recorded_at <= CAST(:knownAt AS timestamptz) ORDER BY global_position", params,
                (rs, n) -> new Finding(FindingKind.LATE_RECORDING.name(), FindingKind.LATE_RECORDING.label(),
                        rs.getString("description") + ": beslutat " + rs.getDate("decided_on").toLocalDate()
                                + ", registrerat " + rs.getInt("lag_days") + " dagar senare (gräns " + lateRecordingDays
                                + " dagar).", rs.getObject("effect_goal_id", UUID.class), null, unitId, year,
                        rs.getString("description"), List.of(rs.getLong("global_position")))));
        findings.addAll(jdbc.query("SELECT eg.goal_id, eg.title FROM effect_goal_version eg WHERE " + AsOfSql.at("eg")
                + " AND eg.imposed_by_council AND eg.owner_unit_id = :unitId AND eg.year = :year", params,
                (rs, n) -> goalFinding(FindingKind.IMPOSED_BY_COUNCIL,
                        "Kommunfullmäktige har ålagt nämnden effektmålet (avsteg från principen, §5).", rs, params)));
        findings.addAll(economyAndControl.find(unitId, year, at));
        findings.addAll(commitments.find(unitId, year, at));
        return named(findings, at);
    }

    /** A finding that quotes an entry's description names what it refers to as on the audited date (ADR 0101). */
    private List<Finding> named(List<Finding> findings, ReadTime at) {
        Set<UUID> ids = new HashSet<>();
        for (Finding finding : findings) {
            ids.addAll(AuditNames.referencesIn(finding.detail()));
            ids.addAll(AuditNames.referencesIn(finding.title()));
        }
        if (ids.isEmpty()) {
            return findings;
        }
        Map<UUID, String> known = names.names(ids, at);
        return findings.stream().map(f -> new Finding(f.kind(), f.label(), AuditNames.resolve(f.detail(), known),
                f.effectGoalId(), f.activityId(), f.unitId(), f.year(), AuditNames.resolve(f.title(), known),
                f.evidence())).toList();
    }

    private Finding goalFinding(FindingKind kind, String detail, ResultSet rs, MapSqlParameterSource params)
            throws SQLException {
        return finding(kind, detail, rs.getObject("goal_id", UUID.class), null,
                (UUID) params.getValue("unitId"), (Integer) params.getValue("year"), rs.getString("title"), params);
    }

    private Finding finding(FindingKind kind, String detail, UUID effectGoalId, UUID activityId, UUID unitId,
                            Integer year, String title, MapSqlParameterSource params) {
        MapSqlParameterSource evidence = new MapSqlParameterSource(params.getValues())
                .addValue("subject", activityId != null ? activityId : effectGoalId);
        List<Long> positions = jdbc.queryForList("SELECT global_position FROM audit_entry"
                + " WHERE (aggregate_id = :subject OR effect_goal_id = :subject)"
                + " AND recorded_at <= CAST(:knownAt AS timestamptz) ORDER BY global_position", evidence, Long.class);
        return new Finding(kind.name(), kind.label(), detail, effectGoalId, activityId, unitId, year, title, positions);
    }
}
