package se.styrledger.command.organisation;

import org.axonframework.config.ProcessingGroup;
import se.styrledger.command.support.CommandLookups;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.styrledger.events.organisation.UnitDissolved;
import se.styrledger.events.organisation.UnitEstablished;
import se.styrledger.events.organisation.UnitKind;
import se.styrledger.events.organisation.UnitMoved;

import java.sql.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * The unit lookup in table {@code cmd_unit}, written by a subscribing processor inside the command's own
 * transaction: it can never lag behind or disagree with the events.
 */
@Component
@ProcessingGroup(CommandLookups.PROCESSING_GROUP)
public class JdbcUnitDirectory implements UnitDirectory {

    private final JdbcTemplate jdbc;

    public JdbcUnitDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Unit> find(UUID unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT unit_id, kind, parent_id, established_on, dissolved_on FROM cmd_unit WHERE unit_id = ?",
                (rs, row) -> new Unit(rs.getObject("unit_id", UUID.class), UnitKind.valueOf(rs.getString("kind")),
                        rs.getObject("parent_id", UUID.class), rs.getDate("established_on").toLocalDate(),
                        Optional.ofNullable(rs.getDate("dissolved_on")).map(Date::toLocalDate).orElse(null)),
                unitId).stream().findFirst();
    }

    @EventHandler
    void on(UnitEstablished event) {
        jdbc.update("INSERT INTO cmd_unit (unit_id, kind, parent_id, established_on) VALUES (?, ?, ?, ?)",
                event.unitId(), event.kind().name(), event.parentId(), Date.valueOf(event.decision().effectiveFrom()));
    }

    @EventHandler
    void on(UnitMoved event) {
        jdbc.update("UPDATE cmd_unit SET parent_id = ? WHERE unit_id = ?", event.parentId(), event.unitId());
    }

    @EventHandler
    void on(UnitDissolved event) {
        jdbc.update("UPDATE cmd_unit SET dissolved_on = ? WHERE unit_id = ?",
                Date.valueOf(event.decision().effectiveFrom()), event.unitId());
    }
}
