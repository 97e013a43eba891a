package se.styrledger.events.kolada;

import java.util.UUID;

/** A comparison kommun's figure is withdrawn: the source no longer gives one for that year. */
public record ReferenceValueWithdrawn(UUID valueId, UUID indicatorId, String municipalityId, int year,
                                      String reason) {
}
