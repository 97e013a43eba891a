package se.styrledger.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;

/**
 * One event as a check meets it: what the seal covers, recomputed from the event itself, and what the ledger's seal
 * records say of its position ({@code leafIndex}, {@code leafHash}; null when the position was never sealed). The
 * records only help to name the first position that fails; whether the history holds is decided by the signed root.
 */
public record SealedEvent(CanonicalEvent event, Long leafIndex, byte[] leafHash, String problem) {

    /**
     * A line of the JSON Lines export ({@code docs/analysis.md}): a full line carries the metadata itself, an open
     * one only its hash ({@code metaDataHash}). A line whose payload is withheld in part states the stored
     * payload's hash ({@code payloadHash}); the seal covers the payload by that hash, so such a line verifies by
     * commitment, and only a full export shows the withheld part.
     */
    public static SealedEvent fromLine(String text) throws IOException {
        JsonNode line = CanonicalJson.MAPPER.readTree(text);
        JsonNode metaData = line.path("metaData");
        byte[] statedMetaDataHash = hex(line.path("metaDataHash"));
        byte[] metaDataHash = CanonicalJson.hashOf(metaData);
        String problem = null;
        if (metaDataHash == null) {
            metaDataHash = statedMetaDataHash;
        } else if (statedMetaDataHash != null && !Arrays.equals(metaDataHash, statedMetaDataHash)) {
            problem = "metadata stämmer inte med metaDataHash på samma rad";
        }
        CanonicalEvent event = new CanonicalEvent(line.path("globalPosition").asLong(),
                textOrNull(line.path("eventId")), textOrNull(line.path("aggregateType")),
                textOrNull(line.path("aggregateId")), line.path("sequenceNumber").asLong(),
                Instant.parse(line.path("recordedAt").asText()), textOrNull(line.path("payloadType")),
                textOrNull(line.path("payloadRevision")), payloadHash(line), metaDataHash);
        JsonNode leafIndex = line.path("leafIndex");
        return new SealedEvent(event, leafIndex.isIntegralNumber() ? leafIndex.asLong() : null,
                hex(line.path("leafHash")), problem);
    }

    private static byte[] payloadHash(JsonNode line) {
        byte[] stated = hex(line.path("payloadHash"));
        return stated != null ? stated : CanonicalJson.hashOf(line.path("payload"));
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static byte[] hex(JsonNode node) {
        return node.isTextual() ? Hashes.fromHex(node.asText()) : null;
    }
}
