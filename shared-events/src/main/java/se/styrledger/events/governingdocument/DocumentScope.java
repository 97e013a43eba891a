package se.styrledger.events.governingdocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The units a styrdokument applies to: the whole kommun, or the named units (a nämnd, a bolag, a förvaltning …).
 * Exactly one of the two is given.
 */
public record DocumentScope(boolean wholeMunicipality, List<UUID> unitIds) {

    public DocumentScope {
        unitIds = unitIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(unitIds));
    }

    public static DocumentScope ofWholeMunicipality() {
        return new DocumentScope(true, List.of());
    }

    public static DocumentScope ofUnits(List<UUID> unitIds) {
        return new DocumentScope(false, unitIds);
    }
}
