package se.styrledger.command.organisation;

import se.styrledger.events.organisation.UnitKind;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The command side's own lookup of organisation units, for rules that span aggregates. */
public interface UnitDirectory {

    Optional<Unit> find(UUID unitId);

    record Unit(UUID unitId, UnitKind kind, UUID parentId, LocalDate establishedOn, LocalDate dissolvedOn) {

        public boolean existsOn(LocalDate date) {
            return !date.isBefore(establishedOn) && (dissolvedOn == null || date.isBefore(dissolvedOn));
        }
    }
}
