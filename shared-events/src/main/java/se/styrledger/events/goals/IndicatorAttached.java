package se.styrledger.events.goals;

import se.styrledger.events.Decision;
import se.styrledger.events.indicators.IndicatorTarget;

import java.util.UUID;

/**
 * An indikator now measures a goal (an effektmål, or an inriktningsmål for KF's own follow-up), with its målvärde
 * for a period. Attaching the same indicator again sets a new target.
 */
public record IndicatorAttached(UUID goalId, UUID indicatorId, IndicatorTarget target, Decision decision) {
}
