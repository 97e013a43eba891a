package se.styrledger.query.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.styrledger.events.rights.GranteeKind;
import se.styrledger.events.rights.RecordingRightConfigured;
import se.styrledger.platform.eventstore.EventLine;

/**
 * A recording right names the account it is given to, which is personal data like {@code recordedBy}: the open
 * export withholds the account's name (and the configuration line that repeats it). A group's name is an office, not
 * a person, and stays.
 */
final class AccountNames {

    private static final String RIGHTS = RecordingRightConfigured.class.getPackageName() + ".";

    private AccountNames() {
    }

    static EventLine withheld(EventLine line) {
        JsonNode payload = line.payload();
        if (line.payloadType() == null || !line.payloadType().startsWith(RIGHTS) || payload == null
                || !payload.path("grantee").path("kind").asText().equals(GranteeKind.ACCOUNT.name())) {
            return line;
        }
        ObjectNode open = payload.deepCopy();
        ((ObjectNode) open.get("grantee")).putNull("name");
        if (open.has("configuredAs")) {
            open.putNull("configuredAs");
        }
        return line.withPayloadWithheld(open);
    }
}
