package se.styrledger.verifier;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON as the seal hashes it: parsed and written again compactly, keys in their stored order, decimals exact. The
 * event store keeps payload and metadata as JSON bytes, an export carries them as JSON values; both come to the same
 * bytes here, so an export verifies without the store's exact bytes (ADR 0080). The export writes its lines with the
 * same settings ({@code EventLine}).
 */
public final class CanonicalJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private CanonicalJson() {
    }

    public static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON", e);
        }
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SHA-256 of the canonical form of stored JSON bytes; null stays null. Streamed token by token, decimals copied
     * exactly: the same bytes as {@link #bytes(JsonNode)} of the parsed tree, without building the tree.
     */
    public static byte[] hashOfStored(byte[] json) {
        if (json == null) {
            return null;
        }
        if (alreadyCanonical(json)) {
            return Hashes.sha256(json);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
        try (JsonParser parser = MAPPER.getFactory().createParser(json);
             JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            parser.nextToken();
            generator.copyCurrentStructureExact(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON", e);
        }
        return Hashes.sha256(out.toByteArray());
    }

    /**
     * Whether compact JSON as Jackson writes it is already in canonical form, so that writing it again would give the
     * same bytes: no whitespace or control character, no escape, and no number that {@link java.math.BigDecimal}
     * would write differently (a fraction, an exponent, a negative zero). Most stored events pass; the rest take the
     * full copy. A false "no" only costs time; a "yes" must be exact.
     */
    static boolean alreadyCanonical(byte[] json) {
        boolean inString = false;
        byte previous = 0;
        for (byte b : json) {
            if (b < 0x20 && b >= 0 || b == '\\') {
                return false;
            }
            if (b == '"') {
                inString = !inString;
            } else if (!inString) {
                if (b == ' ' || b == '.' || (b == 'e' || b == 'E') && previous >= '0' && previous <= '9'
                        || b == '0' && previous == '-') {
                    return false;
                }
            }
            previous = b;
        }
        return !inString;
    }

    /** SHA-256 of the canonical form of a JSON value; a missing or JSON null value has no hash. */
    public static byte[] hashOf(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : Hashes.sha256(bytes(node));
    }
}
