package se.styrledger.query.commitments;

import org.springframework.stereotype.Component;
import se.styrledger.query.flags.Flags;
import se.styrledger.query.goals.EffectGoalDetails;
import se.styrledger.query.goals.GoalQueries;
import se.styrledger.query.organisation.UnitQueries;
import se.styrledger.query.plans.OperationalPlanQueries;
import se.styrledger.query.support.ReadTime;

import java.util.Optional;
import java.util.UUID;

/** One nämnd's or bolag's åtaganden for a year: what the API's commitments endpoint and the nämnd's page show. */
@Component
public class Commitments {

    private final UnitQueries units;
    private final OperationalPlanQueries plans;
    private final GoalQueries goals;
    private final EffectGoalDetails details;
    private final Flags flags;

    public Commitments(UnitQueries units, OperationalPlanQueries plans, GoalQueries goals, EffectGoalDetails details,
                       Flags flags) {
        this.units = units;
        this.plans = plans;
        this.goals = goals;
        this.details = details;
        this.flags = flags;
    }

    /** Empty when the unit does not exist on {@code at.asOf()}. */
    public Optional<CommitmentsView> of(UUID unitId, int year, ReadTime at) {
        return units.one(unitId, at).map(unit -> new CommitmentsView(unitId, unit.name(), year, at.asOf(),
                at.knownAt(), plans.all(at, unitId, year), details.of(at, goals.effectGoals(at, unitId, year)),
                flags.find(at, Flags.Scope.of(unitId, year))));
    }
}
