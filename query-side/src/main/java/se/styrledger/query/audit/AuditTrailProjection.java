package se.styrledger.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.Decision;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.followup.FollowUpReportKind;
import se.styrledger.events.followup.FollowUpReportOpened;
import se.styrledger.events.followup.IndicatorValueCorrected;
import se.styrledger.events.followup.IndicatorValueReported;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalLinked;
import se.styrledger.events.goals.IndicatorAttached;
import se.styrledger.query.support.RowTable;
import se.styrledger.query.support.RowWriter;
import se.styrledger.query.support.VersionWriter;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * The ansvarsutkrävande trail: every event becomes one {@code audit_entry} row saying what happened, which body
 * decided it (§, diarienummer), who recorded it and when, how long after the decision, and which effektmål, unit and
 * year it concerns. Events from every part of the ledger land here; {@link AuditDescriptions} says what each means.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
class AuditTrailProjection {

    public static final String PROCESSING_GROUP = "audit-trail";

    private static final RowTable ENTRIES = RowTable.of("audit_entry", "global_position", "event_id", "event_type",
            "aggregate_id", "aggregate_type", "sequence_number", "description", "effect_goal_id", "unit_id", "year",
            "person", "reason", "decided_by", "decided_on", "effective_from", "paragraph", "case_number", "recorded_by",
            "recorded_at", "lag_days", "recording_right", "indicator_id", "migration_run", "migration_source",
            "migration_line").onRedelivery("ON CONFLICT (global_position) DO NOTHING");
    private static final RowTable GOALS = RowTable.of("audit_goal", "goal_id", "unit_id", "year")
            .onConflict("ON CONFLICT DO NOTHING");
    private static final RowTable ACTIVITIES = RowTable.of("audit_activity", "activity_id", "effect_goal_id")
            .onConflict("ON CONFLICT DO NOTHING");
    private static final RowTable GOAL_INDICATORS = RowTable.of("audit_goal_indicator", "goal_id", "indicator_id")
            .onConflict("ON CONFLICT DO NOTHING");
    private static final RowTable REPORTS = RowTable.of("audit_report", "report_id", "year", "kind")
            .onConflict("ON CONFLICT DO NOTHING");
    private static final RowTable VALUES = RowTable.of("audit_value", "value_id", "value")
            .onConflict("ON CONFLICT DO NOTHING");
    private static final RowTable GOAL_LINKS = RowTable.of("audit_goal_link", "effect_goal_id", "direction_goal_id")
            .onConflict("ON CONFLICT DO NOTHING");
    /** Per aggregate, the unit and year of its first entry that names either: what a later event concerns. */
    private static final String FIRST_NAMED = "audit_entry first named";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final VersionWriter positions;
    private final RowWriter rows;
    /** What earlier events said: from this projection's own tables, or from the replay's memory of them. */
    private final FollowUpDescriptions.Memory memory = new FollowUpDescriptions.Memory() {
        @Override
        public BigDecimal value(UUID valueId) {
            Map<UUID, BigDecimal> known = rows.replayMemory(VALUES.table());
            if (known != null) {
                return known.get(valueId);
            }
            return jdbc.queryForList("SELECT value FROM audit_value WHERE value_id = ?", BigDecimal.class, valueId)
                    .stream().findFirst().orElse(null);
        }

        @Override
        public FollowUpDescriptions.Report report(UUID reportId) {
            Map<UUID, FollowUpDescriptions.Report> known = rows.replayMemory(REPORTS.table());
            if (known != null) {
                return known.get(reportId);
            }
            return jdbc.query("SELECT year, kind FROM audit_report WHERE report_id = ?", (rs, n) ->
                    new FollowUpDescriptions.Report(rs.getInt("year"), FollowUpReportKind.valueOf(rs.getString("kind"))),
                    reportId).stream().findFirst().orElse(null);
        }
    };

    /** The unit and year an effektmål, or an aggregate's first entry, names; either may be null. */
    private record UnitYear(UUID unit, Integer year) {
    }

    public AuditTrailProjection(JdbcTemplate jdbc, Clock clock, VersionWriter positions, RowWriter rows) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.positions = positions;
        this.rows = rows;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        remember(payload);
        AuditDescriptions.Described described = AuditDescriptions.describe(payload, memory);
        UUID aggregate = UUID.fromString(event.getAggregateIdentifier());
        UUID effectGoal = described.effectGoalId() != null && goal(described.effectGoalId()) != null
                ? described.effectGoalId() : effectGoalOf(aggregate);
        UUID unit = described.unitId();
        Integer year = described.year();
        if (effectGoal != null && (unit == null || year == null)) {
            UnitYear goal = goal(effectGoal);
            if (goal != null) {
                unit = unit != null ? unit : goal.unit();
                year = year != null ? year : goal.year();
            }
        }
        if (unit == null && year == null && AuditDescriptions.concernsItsFirstEvent(payload)) {
            // A plan's revision, a control's result or a budget amendment concerns the nämnd and year its first named.
            UnitYear first = firstNamed(aggregate);
            if (first != null) {
                unit = first.unit();
                year = first.year();
            }
        }
        Decision decision = AuditDescriptions.decisionOf(payload);
        Instant recordedAt = event.getTimestamp();
        Integer lag = decision == null || decision.decidedOn() == null ? null : (int) ChronoUnit.DAYS.between(
                decision.decidedOn(), recordedAt.atZone(clock.getZone()).toLocalDate());
        Object recordedBy = event.getMetaData().get("recordedBy");
        Object recordingRight = event.getMetaData().get("recordingRight");
        // A migrated event's provenance (ADR 0161): the run, the file it came from and the line.
        Object migrationRun = event.getMetaData().get("migrationRun");
        rows.insert(ENTRIES,
                positions.positionOf(event.getIdentifier()), event.getIdentifier(), payload.getClass().getSimpleName(),
                aggregate, event.getType(), event.getSequenceNumber(),
                described.description(), effectGoal, unit, year, described.person(),
                AuditDescriptions.reasonOf(payload),
                decision == null ? null : decision.decidedBy(),
                decision == null || decision.decidedOn() == null ? null : Date.valueOf(decision.decidedOn()),
                decision == null || decision.effectiveFrom() == null ? null : Date.valueOf(decision.effectiveFrom()),
                decision == null ? null : decision.paragraph(), decision == null ? null : decision.caseNumber(),
                recordedBy == null ? null : recordedBy.toString(), Timestamp.from(recordedAt), lag,
                recordingRight == null || recordingRight.toString().isEmpty() ? null : recordingRight.toString(),
                described.indicatorId(),
                migrationRun == null ? null : UUID.fromString(migrationRun.toString()),
                migrationRun == null ? null : String.valueOf(event.getMetaData().get("migrationSource")),
                migrationRun == null ? null : Long.valueOf(String.valueOf(event.getMetaData().get("migrationLine"))));
        Map<UUID, UnitYear> firstNamed = rows.replayMemory(FIRST_NAMED);
        if (firstNamed != null && (unit != null || year != null)) {
            firstNamed.putIfAbsent(aggregate, new UnitYear(unit, year));
        }
        rememberValue(payload);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM audit_entry");
        jdbc.update("DELETE FROM audit_goal");
        jdbc.update("DELETE FROM audit_activity");
        jdbc.update("DELETE FROM audit_goal_link");
        jdbc.update("DELETE FROM audit_goal_indicator");
        jdbc.update("DELETE FROM audit_report");
        jdbc.update("DELETE FROM audit_value");
    }

    /** Keeps what later events need to be attributed to their effektmål, unit and year. */
    private void remember(Object payload) {
        if (payload instanceof EffectGoalAdopted e) {
            rows.insert(GOALS, e.goalId(), e.ownerUnitId(), e.year());
            remember(GOALS, e.goalId(), new UnitYear(e.ownerUnitId(), e.year()));
            for (UUID link : e.directionGoalIds()) {
                rows.insert(GOAL_LINKS, e.goalId(), link);
            }
        } else if (payload instanceof EffectGoalLinked e) {
            rows.insert(GOAL_LINKS, e.goalId(), e.directionGoalId());
        } else if (payload instanceof ActivityPlanned e) {
            rows.insert(ACTIVITIES, e.activityId(), e.effectGoalId());
            remember(ACTIVITIES, e.activityId(), e.effectGoalId());
        } else if (payload instanceof IndicatorAttached e) {
            rows.insert(GOAL_INDICATORS, e.goalId(), e.indicatorId());
        } else if (payload instanceof FollowUpReportOpened e) {
            rows.insert(REPORTS, e.reportId(), e.year(), e.kind().name());
            remember(REPORTS, e.reportId(), new FollowUpDescriptions.Report(e.year(), e.kind()));
        }
    }

    /** Values are remembered after their own entry is written, so a correction finds the figure it supersedes. */
    private void rememberValue(Object payload) {
        if (payload instanceof IndicatorValueReported e) {
            rows.insert(VALUES, e.valueId(), e.value());
            remember(VALUES, e.valueId(), e.value());
        } else if (payload instanceof IndicatorValueCorrected e) {
            rows.insert(VALUES, e.valueId(), e.value());
            remember(VALUES, e.valueId(), e.value());
        }
    }

    /** During a replay, what a row just inserted says; the first insert of a key wins, as ON CONFLICT DO NOTHING. */
    private <V> void remember(RowTable table, UUID key, V value) {
        Map<UUID, V> known = rows.replayMemory(table.table());
        if (known != null) {
            known.putIfAbsent(key, value);
        }
    }

    /** The effektmål's unit and year, or null when the id is not an effektmål's. */
    private UnitYear goal(UUID id) {
        Map<UUID, UnitYear> known = rows.replayMemory(GOALS.table());
        if (known != null) {
            return known.get(id);
        }
        return jdbc.query("SELECT unit_id, year FROM audit_goal WHERE goal_id = ?",
                (rs, n) -> new UnitYear(rs.getObject("unit_id", UUID.class), (Integer) rs.getObject("year")), id)
                .stream().findFirst().orElse(null);
    }

    private UnitYear firstNamed(UUID aggregate) {
        Map<UUID, UnitYear> known = rows.replayMemory(FIRST_NAMED);
        if (known != null) {
            return known.get(aggregate);
        }
        return jdbc.query("SELECT unit_id, year FROM audit_entry WHERE aggregate_id = ?"
                        + " AND (unit_id IS NOT NULL OR year IS NOT NULL) ORDER BY global_position LIMIT 1",
                (rs, n) -> new UnitYear(rs.getObject("unit_id", UUID.class), (Integer) rs.getObject("year")),
                aggregate).stream().findFirst().orElse(null);
    }

    /** An effektmål's own events, and an aktivitet's events, belong to the effektmål's trail. */
    private UUID effectGoalOf(UUID aggregate) {
        if (goal(aggregate) != null) {
            return aggregate;
        }
        Map<UUID, UUID> known = rows.replayMemory(ACTIVITIES.table());
        if (known != null) {
            return known.get(aggregate);
        }
        return jdbc.queryForList("SELECT effect_goal_id FROM audit_activity WHERE activity_id = ?", UUID.class, aggregate)
                .stream().findFirst().orElse(null);
    }
}
