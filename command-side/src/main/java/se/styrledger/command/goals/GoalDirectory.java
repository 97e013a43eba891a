package se.styrledger.command.goals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The command side's own lookup of the röd tråd's levels and of indicators, for rules that span aggregates. */
public interface GoalDirectory {

    Optional<Goal> find(UUID goalId);

    boolean indicatorExists(UUID indicatorId);

    /** The verksamhetsplan in force for a unit and year, if one is adopted and not withdrawn. */
    Optional<UUID> operationalPlanFor(UUID unitId, int year);

    /**
     * @param parentId    the vision of a strategisk inriktning, the inriktning of an inriktningsmål
     * @param ownerUnitId the nämnd or bolag that owns an effektmål
     * @param fromYear    first year of an inriktningsmål's period; an effektmål's year
     * @param toYear      last year of an inriktningsmål's period; an effektmål's year
     */
    record Goal(UUID goalId, GoalKind kind, UUID parentId, UUID ownerUnitId, Integer fromYear, Integer toYear,
                LocalDate inForceFrom, LocalDate withdrawnFrom) {

        /** In force on a date: adopted with effect on or before it, and not withdrawn with effect by then. */
        public boolean inForceOn(LocalDate date) {
            return !date.isBefore(inForceFrom) && (withdrawnFrom == null || date.isBefore(withdrawnFrom));
        }

        public boolean coversYear(int year) {
            return fromYear != null && toYear != null && fromYear <= year && year <= toYear;
        }
    }
}
