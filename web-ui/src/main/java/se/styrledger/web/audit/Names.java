package se.styrledger.web.audit;

import java.util.Map;
import java.util.UUID;

/**
 * The names of units on the audited date, for showing a beslutsinstans or a nämnd by name where the trail holds its
 * id; never the bare id.
 */
public record Names(Map<UUID, String> units) {

    public String unit(UUID id) {
        return id == null ? "" : units.getOrDefault(id, "(namn saknas i liggaren)");
    }
}
