package se.styrledger.command.goals;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import se.styrledger.command.support.CommandLookups;
import se.styrledger.events.Decision;
import se.styrledger.events.goals.DirectionGoalAdopted;
import se.styrledger.events.goals.DirectionGoalRevised;
import se.styrledger.events.goals.DirectionGoalWithdrawn;
import se.styrledger.events.goals.EffectGoalAdopted;
import se.styrledger.events.goals.EffectGoalWithdrawn;
import se.styrledger.events.goals.StrategicDirectionAdopted;
import se.styrledger.events.goals.StrategicDirectionWithdrawn;
import se.styrledger.events.goals.VisionAdopted;
import se.styrledger.events.goals.VisionWithdrawn;
import se.styrledger.events.indicators.IndicatorDefined;
import se.styrledger.events.plans.OperationalPlanAdopted;
import se.styrledger.events.plans.OperationalPlanWithdrawn;

import java.sql.Date;
import java.util.Optional;
import java.util.UUID;

/** The röd tråd lookup in {@code cmd_goal}, {@code cmd_indicator} and {@code cmd_operational_plan}. */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class JdbcGoalDirectory implements GoalDirectory {

    private static final RowMapper<Goal> ROW = (rs, n) -> new Goal(rs.getObject("goal_id", UUID.class),
            GoalKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", UUID.class),
            rs.getObject("owner_unit_id", UUID.class), (Integer) rs.getObject("from_year"),
            (Integer) rs.getObject("to_year"), rs.getDate("in_force_from").toLocalDate(),
            Optional.ofNullable(rs.getDate("withdrawn_from")).map(Date::toLocalDate).orElse(null));

    private final JdbcTemplate jdbc;

    public JdbcGoalDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Goal> find(UUID goalId) {
        if (goalId == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT * FROM cmd_goal WHERE goal_id = ?", ROW, goalId).stream().findFirst();
    }

    @Override
    public boolean indicatorExists(UUID indicatorId) {
        return indicatorId != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM cmd_indicator WHERE indicator_id = ?)", Boolean.class, indicatorId));
    }

    @Override
    public Optional<UUID> operationalPlanFor(UUID unitId, int year) {
        return jdbc.queryForList("SELECT plan_id FROM cmd_operational_plan WHERE unit_id = ? AND year = ? AND NOT withdrawn",
                UUID.class, unitId, year).stream().findFirst();
    }

    private void insert(UUID id, GoalKind kind, UUID parentId, UUID owner, Integer fromYear, Integer toYear,
                        Decision decision) {
        jdbc.update("INSERT INTO cmd_goal (goal_id, kind, parent_id, owner_unit_id, from_year, to_year, in_force_from)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, kind.name(), parentId, owner, fromYear, toYear,
                Date.valueOf(decision.effectiveFrom()));
    }

    private void withdraw(UUID id, Decision decision) {
        jdbc.update("UPDATE cmd_goal SET withdrawn_from = ? WHERE goal_id = ?", Date.valueOf(decision.effectiveFrom()), id);
    }

    @EventHandler
    void on(VisionAdopted e) {
        insert(e.visionId(), GoalKind.VISION, null, null, null, null, e.decision());
    }

    @EventHandler
    void on(VisionWithdrawn e) {
        withdraw(e.visionId(), e.decision());
    }

    @EventHandler
    void on(StrategicDirectionAdopted e) {
        insert(e.directionId(), GoalKind.STRATEGIC_DIRECTION, e.visionId(), null, null, null, e.decision());
    }

    @EventHandler
    void on(StrategicDirectionWithdrawn e) {
        withdraw(e.directionId(), e.decision());
    }

    @EventHandler
    void on(DirectionGoalAdopted e) {
        insert(e.goalId(), GoalKind.DIRECTION_GOAL, e.directionId(), null, e.fromYear(), e.toYear(), e.decision());
    }

    @EventHandler
    void on(DirectionGoalRevised e) {
        jdbc.update("UPDATE cmd_goal SET parent_id = ?, from_year = ?, to_year = ? WHERE goal_id = ?",
                e.directionId(), e.fromYear(), e.toYear(), e.goalId());
    }

    @EventHandler
    void on(DirectionGoalWithdrawn e) {
        withdraw(e.goalId(), e.decision());
    }

    @EventHandler
    void on(EffectGoalAdopted e) {
        insert(e.goalId(), GoalKind.EFFECT_GOAL, null, e.ownerUnitId(), e.year(), e.year(), e.decision());
    }

    @EventHandler
    void on(EffectGoalWithdrawn e) {
        withdraw(e.goalId(), e.decision());
    }

    @EventHandler
    void on(IndicatorDefined e) {
        jdbc.update("INSERT INTO cmd_indicator (indicator_id) VALUES (?)", e.indicatorId());
    }

    @EventHandler
    void on(OperationalPlanAdopted e) {
        jdbc.update("INSERT INTO cmd_operational_plan (plan_id, unit_id, year) VALUES (?, ?, ?)",
                e.planId(), e.unitId(), e.year());
    }

    @EventHandler
    void on(OperationalPlanWithdrawn e) {
        jdbc.update("UPDATE cmd_operational_plan SET withdrawn = TRUE WHERE plan_id = ?", e.planId());
    }
}
