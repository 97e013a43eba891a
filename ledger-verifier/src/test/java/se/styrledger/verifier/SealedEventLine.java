package se.styrledger.verifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The leaf hash of a test's export line, computed the way the verifier reads lines. */
final class SealedEventLine {

    private SealedEventLine() {
    }

    static byte[] leafOf(ObjectNode line) {
        try {
            ObjectNode copy = line.deepCopy();
            copy.remove("leafIndex");
            copy.remove("leafHash");
            return SealedEvent.fromLine(CanonicalJson.MAPPER.writeValueAsString(copy)).event().leafHash();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
