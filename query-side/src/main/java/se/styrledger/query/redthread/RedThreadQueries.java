package se.styrledger.query.redthread;

import org.springframework.stereotype.Component;
import se.styrledger.query.economy.EconomyQueries;
import se.styrledger.query.economy.UnitEconomy;
import se.styrledger.query.flags.Flags;
import se.styrledger.query.goals.DirectionGoalView;
import se.styrledger.query.goals.EffectGoalDetail;
import se.styrledger.query.goals.EffectGoalDetails;
import se.styrledger.query.goals.GoalIndicatorView;
import se.styrledger.query.goals.GoalQueries;
import se.styrledger.query.goals.LinkView;
import se.styrledger.query.goals.StrategicDirectionView;
import se.styrledger.query.redthread.RedThreadView.DirectionGoalNode;
import se.styrledger.query.redthread.RedThreadView.DirectionNode;
import se.styrledger.query.redthread.RedThreadView.UnitNode;
import se.styrledger.query.redthread.RedThreadView.VisionNode;
import se.styrledger.query.support.ReadTime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the röd tråd from one as-of lookup per read table, then hangs each level under the one above in memory.
 * Filtered on a nämnd, the tree keeps only the paths that lead to its effektmål.
 */
@Component
public class RedThreadQueries {

    private final GoalQueries goals;
    private final EffectGoalDetails details;
    private final Flags flags;
    private final EconomyQueries economy;

    public RedThreadQueries(GoalQueries goals, EffectGoalDetails details, Flags flags, EconomyQueries economy) {
        this.goals = goals;
        this.details = details;
        this.flags = flags;
        this.economy = economy;
    }

    public RedThreadView tree(ReadTime at, UUID unitId, Integer year) {
        boolean onlyPathsToEffectGoals = unitId != null;
        List<EffectGoalDetail> effectGoals = details.of(at, goals.effectGoals(at, unitId, year));
        Map<UUID, List<EffectGoalDetail>> byDirectionGoal = new HashMap<>();
        for (EffectGoalDetail goal : effectGoals) {
            for (LinkView link : goal.directionGoals()) {
                byDirectionGoal.computeIfAbsent(link.directionGoalId(), id -> new ArrayList<>()).add(goal);
            }
        }
        List<DirectionGoalView> directionGoals = goals.directionGoals(at, null, null);
        Map<UUID, List<GoalIndicatorView>> indicators = goals.indicators(at,
                directionGoals.stream().map(DirectionGoalView::goalId).toList());
        List<StrategicDirectionView> directions = goals.directions(at, null);

        List<VisionNode> visions = new ArrayList<>();
        goals.visions(at).forEach(vision -> {
            List<DirectionNode> directionNodes = new ArrayList<>();
            directions.stream().filter(d -> d.visionId().equals(vision.visionId())).forEach(direction -> {
                List<DirectionGoalNode> goalNodes = directionGoals.stream()
                        .filter(g -> g.directionId().equals(direction.directionId()))
                        .map(g -> new DirectionGoalNode(g, indicators.getOrDefault(g.goalId(), List.of()),
                                perUnit(byDirectionGoal.getOrDefault(g.goalId(), List.of()))))
                        .filter(node -> !onlyPathsToEffectGoals || !node.units().isEmpty())
                        .toList();
                if (!onlyPathsToEffectGoals || !goalNodes.isEmpty()) {
                    directionNodes.add(new DirectionNode(direction, goalNodes));
                }
            });
            if (!onlyPathsToEffectGoals || !directionNodes.isEmpty()) {
                visions.add(new VisionNode(vision, directionNodes));
            }
        });
        Set<UUID> placed = placed(visions);
        List<EffectGoalDetail> unplaced = effectGoals.stream()
                .filter(goal -> !placed.contains(goal.effectGoal().goalId())).toList();
        return new RedThreadView(at.asOf(), at.knownAt(), unitId, year, visions, unplaced,
                flags.find(at, Flags.Scope.of(unitId, year)), economyOf(unitId, year, at));
    }

    /** A nämnd's tree shows its ram, utfall and prognos for the year (the year of asOf unless one is given). */
    private List<UnitEconomy> economyOf(UUID unitId, Integer year, ReadTime at) {
        return unitId == null ? null
                : economy.year(year != null ? year : at.asOf().getYear(), unitId, at, economy.unitNames(at));
    }

    private static List<UnitNode> perUnit(List<EffectGoalDetail> effectGoals) {
        Map<UUID, List<EffectGoalDetail>> byUnit = new LinkedHashMap<>();
        effectGoals.stream()
                .sorted(Comparator
                        .comparing((EffectGoalDetail g) -> Objects.toString(g.effectGoal().ownerUnitName(), ""))
                        .thenComparingInt(g -> g.effectGoal().year())
                        .thenComparing(g -> g.effectGoal().title())
                        .thenComparing(g -> g.effectGoal().goalId()))
                .forEach(g -> byUnit.computeIfAbsent(g.effectGoal().ownerUnitId(), id -> new ArrayList<>()).add(g));
        return byUnit.values().stream()
                .map(goals -> new UnitNode(goals.get(0).effectGoal().ownerUnitId(),
                        goals.get(0).effectGoal().ownerUnitName(), goals))
                .toList();
    }

    private static Set<UUID> placed(List<VisionNode> visions) {
        Set<UUID> placed = new HashSet<>();
        visions.forEach(v -> v.strategicDirections().forEach(d -> d.directionGoals().forEach(g -> g.units()
                .forEach(u -> u.effectGoals().forEach(e -> placed.add(e.effectGoal().goalId()))))));
        return placed;
    }
}
