package se.styrledger.events.internalcontrol;

import se.styrledger.events.Decision;

import java.util.List;
import java.util.UUID;

/** A nämnd adopted its own internkontrollplan for one year with its risks and kontrollmoment. */
public record InternalControlPlanAdopted(UUID planId, UUID unitId, int year, List<Risk> risks, List<Control> controls,
                                         Decision decision) {
}
