package se.styrledger.events.goals;

import se.styrledger.events.Decision;

import java.util.List;
import java.util.UUID;

/**
 * KF adopted a strategisk inriktning: a prioritised development area such as "Livskvalitet", with its themes
 * ("hälsa, trygghet, boende, upplevelser"), under a vision.
 */
public record StrategicDirectionAdopted(UUID directionId, UUID visionId, String name, List<String> themes,
                                        Decision decision) {
}
