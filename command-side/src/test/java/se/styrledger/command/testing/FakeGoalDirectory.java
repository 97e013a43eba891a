package se.styrledger.command.testing;

import se.styrledger.command.goals.GoalDirectory;
import se.styrledger.command.goals.GoalKind;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The röd tråd lookup for aggregate fixture tests; the JDBC one is exercised end to end on PostgreSQL. */
public class FakeGoalDirectory implements GoalDirectory {

    private final Map<UUID, Goal> goals = new HashMap<>();
    private final Set<UUID> indicators = new HashSet<>();
    private final Map<String, UUID> plans = new HashMap<>();

    public UUID add(GoalKind kind, UUID parentId, UUID owner, Integer fromYear, Integer toYear, LocalDate inForceFrom) {
        UUID id = UUID.randomUUID();
        goals.put(id, new Goal(id, kind, parentId, owner, fromYear, toYear, inForceFrom, null));
        return id;
    }

    public void withdraw(UUID id, LocalDate from) {
        Goal g = goals.get(id);
        goals.put(id, new Goal(id, g.kind(), g.parentId(), g.ownerUnitId(), g.fromYear(), g.toYear(), g.inForceFrom(), from));
    }

    public UUID addIndicator() {
        UUID id = UUID.randomUUID();
        indicators.add(id);
        return id;
    }

    public void addPlan(UUID unitId, int year) {
        plans.put(unitId + "/" + year, UUID.randomUUID());
    }

    @Override
    public Optional<Goal> find(UUID goalId) {
        return Optional.ofNullable(goals.get(goalId));
    }

    @Override
    public boolean indicatorExists(UUID indicatorId) {
        return indicators.contains(indicatorId);
    }

    @Override
    public Optional<UUID> operationalPlanFor(UUID unitId, int year) {
        return Optional.ofNullable(plans.get(unitId + "/" + year));
    }
}
