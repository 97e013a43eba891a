package se.styrledger.command.support;

import java.util.Optional;
import java.util.UUID;

/** What a command's recording scope may need to know about things it names only by id, from the command side's lookups. */
public interface ScopeLookups {

    /** The nämnd or bolag that owns an effektmål; empty for an inriktningsmål or an unknown goal. */
    Optional<UUID> effectGoalOwner(UUID goalId);

    /** The owner of the effektmål an aktivitet works toward. */
    Optional<UUID> activityOwner(UUID activityId);

    /** The unit an indicator value was reported for. */
    Optional<UUID> indicatorValueUnit(UUID valueId);

    /** The nämnd whose internkontrollplan it is. */
    Optional<UUID> internalControlPlanUnit(UUID planId);
}
