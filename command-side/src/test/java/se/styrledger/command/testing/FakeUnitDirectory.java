package se.styrledger.command.testing;

import se.styrledger.command.organisation.UnitDirectory;
import se.styrledger.events.organisation.UnitKind;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The unit lookup for aggregate fixture tests, which run without a database. The JDBC lookup itself is exercised by
 * the end-to-end tests on PostgreSQL.
 */
public class FakeUnitDirectory implements UnitDirectory {

    private final Map<UUID, Unit> units = new HashMap<>();

    public UUID add(UnitKind kind, UUID parentId, LocalDate establishedOn) {
        UUID id = UUID.randomUUID();
        units.put(id, new Unit(id, kind, parentId, establishedOn, null));
        return id;
    }

    public void dissolve(UUID id, LocalDate on) {
        Unit unit = units.get(id);
        units.put(id, new Unit(id, unit.kind(), unit.parentId(), unit.establishedOn(), on));
    }

    @Override
    public Optional<Unit> find(UUID unitId) {
        return Optional.ofNullable(units.get(unitId));
    }
}
