package se.styrledger.command.support;

import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.UUID;

/** The check every command passes before it is sent: does the recorder hold a right for what it records for? */
public interface RecordingRights {

    /**
     * The rights under which the command may be recorded today, or a 403 naming R-32 and the unit the recorder has no
     * right for.
     */
    List<UUID> authorise(Authentication recorder, RecordsForUnits command);
}
