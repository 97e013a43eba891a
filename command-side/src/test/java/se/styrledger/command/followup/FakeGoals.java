package se.styrledger.command.followup;

import se.styrledger.command.goals.GoalDirectory;
import se.styrledger.command.goals.GoalKind;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The goal lookup for the follow-up fixture tests. */
class FakeGoals implements GoalDirectory {

    private final Map<UUID, Goal> goals = new HashMap<>();
    private final Set<UUID> indicators = new HashSet<>();

    UUID effectGoal(UUID owner, int year, LocalDate inForceFrom) {
        UUID id = UUID.randomUUID();
        goals.put(id, new Goal(id, GoalKind.EFFECT_GOAL, null, owner, year, year, inForceFrom, null));
        return id;
    }

    UUID directionGoal(int fromYear, int toYear, LocalDate inForceFrom) {
        UUID id = UUID.randomUUID();
        goals.put(id, new Goal(id, GoalKind.DIRECTION_GOAL, UUID.randomUUID(), null, fromYear, toYear, inForceFrom,
                null));
        return id;
    }

    UUID vision() {
        UUID id = UUID.randomUUID();
        goals.put(id, new Goal(id, GoalKind.VISION, null, null, null, null, LocalDate.of(2015, 1, 1), null));
        return id;
    }

    UUID indicator() {
        UUID id = UUID.randomUUID();
        indicators.add(id);
        return id;
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
        return Optional.empty();
    }
}
