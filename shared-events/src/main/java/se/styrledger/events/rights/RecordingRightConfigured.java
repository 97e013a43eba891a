package se.styrledger.events.rights;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The first right of a ledger, which no recorded decision can give since nobody may record yet: taken from the
 * configuration on the ledger's first start. It covers the whole kommun — kommunfullmäktige and every unit below
 * it, including units established later — from {@code validFrom}, the day it was recorded.
 */
public record RecordingRightConfigured(UUID rightId, Grantee grantee, LocalDate validFrom, String configuredAs) {
}
