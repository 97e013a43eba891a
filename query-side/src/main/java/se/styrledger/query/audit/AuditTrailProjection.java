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
import se.styrledger.query.support.VersionWriter;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final VersionWriter positions;
    /** What earlier events said, read from this projection's own tables. */
    private final FollowUpDescriptions.Memory memory = new FollowUpDescriptions.Memory() {
        @Override
        public BigDecimal value(UUID valueId) {
            return jdbc.queryForList("SELECT value FROM audit_value WHERE value_id = ?", BigDecimal.class, valueId)
                    .stream().findFirst().orElse(null);
        }

        @Override
        public FollowUpDescriptions.Report report(UUID reportId) {
            return jdbc.query("SELECT year, kind FROM audit_report WHERE report_id = ?", (rs, n) ->
                    new FollowUpDescriptions.Report(rs.getInt("year"), FollowUpReportKind.valueOf(rs.getString("kind"))),
                    reportId).stream().findFirst().orElse(null);
        }
    };

    public AuditTrailProjection(JdbcTemplate jdbc, Clock clock, VersionWriter positions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.positions = positions;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        remember(payload);
        AuditDescriptions.Described described = AuditDescriptions.describe(payload, memory);
        UUID effectGoal = described.effectGoalId() != null && isEffectGoal(described.effectGoalId())
                ? described.effectGoalId() : effectGoalOf(event);
        UUID unit = described.unitId();
        Integer year = described.year();
        if (effectGoal != null && (unit == null || year == null)) {
            var goal = jdbc.queryForList("SELECT unit_id, year FROM audit_goal WHERE goal_id = ?", effectGoal);
            if (!goal.isEmpty()) {
                unit = unit != null ? unit : (UUID) goal.get(0).get("unit_id");
                year = year != null ? year : (Integer) goal.get(0).get("year");
            }
        }
        if (unit == null && year == null && AuditDescriptions.concernsItsFirstEvent(payload)) {
            // A plan's revision, a control's result or a budget amendment concerns the nämnd and year its first named.
            var first = jdbc.queryForList("SELECT unit_id, year FROM audit_entry WHERE aggregate_id = ?"
                    + " AND (unit_id IS NOT NULL OR year IS NOT NULL) ORDER BY global_position LIMIT 1",
                    UUID.fromString(event.getAggregateIdentifier()));
            if (!first.isEmpty()) {
                unit = (UUID) first.get(0).get("unit_id");
                year = (Integer) first.get(0).get("year");
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
        jdbc.update("INSERT INTO audit_entry (global_position, event_id, event_type, aggregate_id, aggregate_type,"
                        + " sequence_number, description, effect_goal_id, unit_id, year, person, reason, decided_by,"
                        + " decided_on, effective_from, paragraph, case_number, recorded_by, recorded_at, lag_days,"
                        + " recording_right, indicator_id, migration_run, migration_source, migration_line)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (global_position) DO NOTHING",
                positions.positionOf(event.getIdentifier()), event.getIdentifier(), payload.getClass().getSimpleName(),
                UUID.fromString(event.getAggregateIdentifier()), event.getType(), event.getSequenceNumber(),
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
            jdbc.update("INSERT INTO audit_goal (goal_id, unit_id, year) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    e.goalId(), e.ownerUnitId(), e.year());
            for (UUID link : e.directionGoalIds()) {
                link(e.goalId(), link);
            }
        } else if (payload instanceof EffectGoalLinked e) {
            link(e.goalId(), e.directionGoalId());
        } else if (payload instanceof ActivityPlanned e) {
            jdbc.update("INSERT INTO audit_activity (activity_id, effect_goal_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    e.activityId(), e.effectGoalId());
        } else if (payload instanceof IndicatorAttached e) {
            jdbc.update("INSERT INTO audit_goal_indicator (goal_id, indicator_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    e.goalId(), e.indicatorId());
        } else if (payload instanceof FollowUpReportOpened e) {
            jdbc.update("INSERT INTO audit_report (report_id, year, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    e.reportId(), e.year(), e.kind().name());
        }
    }

    /** Values are remembered after their own entry is written, so a correction finds the figure it supersedes. */
    private void rememberValue(Object payload) {
        if (payload instanceof IndicatorValueReported e) {
            jdbc.update("INSERT INTO audit_value (value_id, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    e.valueId(), e.value());
        } else if (payload instanceof IndicatorValueCorrected e) {
            jdbc.update("INSERT INTO audit_value (value_id, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    e.valueId(), e.value());
        }
    }

    private boolean isEffectGoal(UUID id) {
        return jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM audit_goal WHERE goal_id = ?)", Boolean.class, id);
    }

    private void link(UUID effectGoal, UUID directionGoal) {
        jdbc.update("INSERT INTO audit_goal_link (effect_goal_id, direction_goal_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                effectGoal, directionGoal);
    }

    /** An effektmål's own events, and an aktivitet's events, belong to the effektmål's trail. */
    private UUID effectGoalOf(DomainEventMessage<?> event) {
        UUID aggregate = UUID.fromString(event.getAggregateIdentifier());
        if (isEffectGoal(aggregate)) {
            return aggregate;
        }
        return jdbc.queryForList("SELECT effect_goal_id FROM audit_activity WHERE activity_id = ?", UUID.class, aggregate)
                .stream().findFirst().orElse(null);
    }
}
