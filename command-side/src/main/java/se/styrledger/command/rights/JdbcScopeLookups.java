package se.styrledger.command.rights;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.command.support.ScopeLookups;
import se.styrledger.events.activities.ActivityPlanned;
import se.styrledger.events.internalcontrol.InternalControlPlanAdopted;
import se.styrledger.platform.eventstore.AxonTables;

import java.util.Optional;
import java.util.UUID;

/** The command side's own lookups, read for a command's recording scope. */
@Component
public class JdbcScopeLookups implements ScopeLookups {

    private final JdbcTemplate jdbc;

    private final AxonTables axonTables;

    public JdbcScopeLookups(JdbcTemplate jdbc, AxonTables axonTables) {
        this.jdbc = jdbc;
        this.axonTables = axonTables;
    }

    @Override
    public Optional<UUID> effectGoalOwner(UUID goalId) {
        if (goalId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT owner_unit_id FROM cmd_goal WHERE goal_id = ? AND kind = 'EFFECT_GOAL'",
                UUID.class, goalId).stream().findFirst();
    }

    /**
     * An aktivitet's effektmål never changes after it is planned, so its first event says it; the event store is the
     * lookup here, which also covers every aktivitet planned before rights were checked.
     */
    @Override
    public Optional<UUID> activityOwner(UUID activityId) {
        if (activityId == null) {
            return Optional.empty();
        }
        return axonTables.firstEventField(activityId.toString(), ActivityPlanned.class.getName(), "effectGoalId")
                .map(UUID::fromString).flatMap(this::effectGoalOwner);
    }

    /** A plan's nämnd never changes after adoption, so its first event says it, as for an aktivitet's goal. */
    @Override
    public Optional<UUID> internalControlPlanUnit(UUID planId) {
        if (planId == null) {
            return Optional.empty();
        }
        return axonTables.firstEventField(planId.toString(), InternalControlPlanAdopted.class.getName(), "unitId")
                .map(UUID::fromString);
    }

    @Override
    public Optional<UUID> indicatorValueUnit(UUID valueId) {
        if (valueId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT unit_id FROM cmd_indicator_value WHERE value_id = ?", UUID.class, valueId)
                .stream().findFirst();
    }
}
