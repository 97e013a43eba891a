package se.styrledger.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.query.support.ReadTime;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the trail as known at {@code knownAt} (what had been recorded by then) and as of {@code asOf} (decisions that
 * had taken effect by then; entries without a decision count from the day they were recorded).
 */
@Component
public class AuditQueries {

    private static final String AT = " recorded_at <= ? AND coalesce(effective_from, (recorded_at AT TIME ZONE"
            + " 'Europe/Stockholm')::date) <= ?";

    private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getLong("global_position"),
            rs.getString("event_id"), rs.getString("event_type"), rs.getObject("aggregate_id", UUID.class),
            rs.getString("aggregate_type"), rs.getString("description"), rs.getObject("effect_goal_id", UUID.class),
            rs.getObject("unit_id", UUID.class), (Integer) rs.getObject("year"), rs.getString("person"),
            rs.getString("reason"), rs.getObject("decided_by", UUID.class), date(rs.getDate("decided_on")),
            date(rs.getDate("effective_from")), rs.getString("paragraph"), rs.getString("case_number"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), (Integer) rs.getObject("lag_days"),
            rs.getString("recording_right"), null, null);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final AuditNames names;

    public AuditQueries(JdbcTemplate jdbc, NamedParameterJdbcTemplate namedJdbc, AuditNames names) {
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
        this.names = names;
    }

    /**
     * The chain of one commitment: the effektmål's own events, its activities', those of every inriktningsmål it
     * has been linked to, the values and corrections of the indikatorer it has been measured by for its unit and
     * year, its assessments, and the opening, closing and adoption of its year's reports (ADR 0100).
     */
    public List<AuditEntry> chain(UUID effectGoalId, ReadTime at) {
        // = ANY(ARRAY(…)) rather than IN (…): PostgreSQL cannot use an index for an OR with a sub-plan and scanned
        // the whole audit_entry table, so the trail grew slower with every event in the ledger (docs/benchmarks.md).
        // Each branch is an indexed lookup whose values the sub-selects compute once, so PostgreSQL ORs the bitmaps.
        String goalUnit = "(SELECT unit_id FROM audit_goal WHERE goal_id = :goal)";
        String goalYear = "(SELECT year FROM audit_goal WHERE goal_id = :goal)";
        return named(namedJdbc.query("SELECT * FROM audit_entry WHERE (effect_goal_id = :goal"
                        + " OR aggregate_id = ANY(ARRAY(SELECT direction_goal_id FROM audit_goal_link"
                        + "  WHERE effect_goal_id = :goal))"
                        + " OR (indicator_id = ANY(ARRAY(SELECT indicator_id FROM audit_goal_indicator"
                        + "  WHERE goal_id = :goal)) AND unit_id = " + goalUnit + " AND year = " + goalYear + ")"
                        + " OR (aggregate_id = ANY(ARRAY(SELECT report_id FROM audit_report WHERE year = " + goalYear
                        + "))  AND event_type IN ('FollowUpReportOpened', 'FollowUpReportClosed',"
                        + "  'FollowUpReportAdopted')))"
                        + " AND recorded_at <= :knownAt AND coalesce(effective_from, (recorded_at AT TIME ZONE"
                        + " 'Europe/Stockholm')::date) <= :asOf ORDER BY global_position",
                new MapSqlParameterSource("goal", effectGoalId).addValue("knownAt", Timestamp.from(at.knownAt()))
                        .addValue("asOf", Date.valueOf(at.asOf())), ROW), at);
    }

    public List<AuditEntry> byUnitAndYear(UUID unitId, int year, ReadTime at) {
        return named(jdbc.query("SELECT * FROM audit_entry WHERE unit_id = ? AND year = ? AND" + AT
                        + " ORDER BY global_position",
                ROW, unitId, year, Timestamp.from(at.knownAt()), Date.valueOf(at.asOf())), at);
    }

    /** Everything recorded by a person, or assigned to them as responsible. */
    public List<AuditEntry> byPerson(String person, ReadTime at) {
        return named(jdbc.query("SELECT * FROM audit_entry WHERE (recorded_by = ? OR person = ?) AND" + AT
                        + " ORDER BY global_position",
                ROW, person, person, Timestamp.from(at.knownAt()), Date.valueOf(at.asOf())), at);
    }

    /** The entry of one event, by its global position: the evidence a finding names, named as on the audited date. */
    public Optional<AuditEntry> entry(long globalPosition, ReadTime at) {
        return named(jdbc.query("SELECT * FROM audit_entry WHERE global_position = ?", ROW, globalPosition), at)
                .stream().findFirst();
    }

    public List<AuditEntry> byCaseNumber(String caseNumber, ReadTime at) {
        return named(jdbc.query("SELECT * FROM audit_entry WHERE case_number = ? AND" + AT
                        + " ORDER BY global_position",
                ROW, caseNumber, Timestamp.from(at.knownAt()), Date.valueOf(at.asOf())), at);
    }

    /** The entries with the names of what they refer to as they were on the audited date. */
    private List<AuditEntry> named(List<AuditEntry> entries, ReadTime at) {
        Set<UUID> ids = new HashSet<>();
        for (AuditEntry entry : entries) {
            ids.addAll(AuditNames.referencesIn(entry.description()));
            ids.add(entry.decidedBy());
            ids.add(entry.unitId());
        }
        Map<UUID, String> known = names.names(ids, at);
        return entries.stream().map(entry -> entry.named(known)).toList();
    }

    private static java.time.LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
