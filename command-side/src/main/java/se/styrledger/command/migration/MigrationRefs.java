package se.styrledger.command.migration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names instead of ids: wherever a command takes an id, a migration file may give a short name of its own
 * ({@code "unitId": "kf"}, {@code "decidedBy": "kf"}), since the kommun's earlier tool knows nothing of the ledger's
 * ids. A name always stands for the same id (a name-based UUID), in every file and every run, so lines can refer
 * to what earlier lines or earlier files created, and a rerun names the same things. A real UUID is taken as it is.
 */
public final class MigrationRefs {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_NAME = 200;

    private MigrationRefs() {
    }

    /** The id a name in a migration file stands for. */
    public static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(("styrledger:migration:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of what a line creates when it names no id itself: one per line's content, so a rerun gives the same. */
    static UUID idOfLine(String lineKey) {
        return UUID.nameUUIDFromBytes(("styrledger:migration-line:" + lineKey).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads an id field: a UUID, or a name standing for one. */
    static final class IdOrName extends StdScalarDeserializer<UUID> {

        IdOrName() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (UUID) context.handleUnexpectedToken(UUID.class, parser);
            }
            String text = parser.getText().strip();
            if (UUID_TEXT.matcher(text).matches()) {
                return UUID.fromString(text);
            }
            if (text.isEmpty() || text.length() > MAX_NAME) {
                return (UUID) context.handleWeirdStringValue(UUID.class, text,
                        "ett id eller ett namn på 1–" + MAX_NAME + " tecken");
            }
            return idOf(text);
        }
    }
}
