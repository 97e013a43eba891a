package se.styrledger.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import se.styrledger.verifier.CanonicalJson;
import se.styrledger.verifier.Hashes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One event of the ledger as one line of JSON Lines: the format of the export (for analysis) and of the import (a
 * ledger's events replayed into an empty one). It carries everything the event store holds, so an import reproduces
 * it exactly: position, identifiers, sequence number, recorded time, payload and metadata. {@code decisionDate},
 * {@code decidedOn}, {@code recordedBy} and {@code correlationId} repeat what payload and metadata say, so that an
 * analyst answers the common questions without JSON paths. The format is documented in {@code docs/analysis.md};
 * fields are only ever added to it.
 *
 * @param globalPosition  the event's position in the whole ledger ({@code global_index})
 * @param eventId         the event's own identifier
 * @param type            the event's name, e.g. {@code UnitRenamed}
 * @param aggregateType   what the event happened to, e.g. {@code OrganisationUnit}
 * @param aggregateId     which one
 * @param sequenceNumber  the event's number in that aggregate's history, from 0
 * @param recordedAt      when the ledger recorded it (the recorded axis)
 * @param decisionDate    the date the decision takes effect (the decision axis), for events that record a decision
 * @param decidedOn       the meeting date of that decision
 * @param recordedBy      who recorded it; withheld (null) in an open export
 * @param correlationId   the request that recorded it; withheld (null) in an open export
 * @param payloadType     the Java record the payload is, e.g. {@code se.styrledger.events.organisation.UnitRenamed}
 * @param payloadRevision the payload's revision, null for the first
 * @param payload         the event itself, as stored
 * @param metaData        all of the event's metadata, as stored; withheld (null) in an open export
 * @param metaDataHash    SHA-256 of the metadata in canonical form: what the seal covers of it, so an open export
 *                        verifies without the metadata (R-33, ADR 0080); a commitment, not the data
 * @param leafIndex       the event's place in the sealed tree, null while not yet sealed
 * @param leafHash        its leaf hash as sealed; a verifier recomputes it from the line and names the first that
 *                        differs
 * @param payloadHash     SHA-256 of the stored payload in canonical form, written only where an open export withholds
 *                        part of the payload (an account a recording right names, R-34): the seal covers the payload
 *                        by this hash, so the line still verifies, by commitment for that payload
 */
@JsonPropertyOrder({"globalPosition", "eventId", "type", "aggregateType", "aggregateId", "sequenceNumber",
        "recordedAt", "decisionDate", "decidedOn", "recordedBy", "correlationId", "payloadType", "payloadRevision",
        "payload", "metaData", "metaDataHash", "leafIndex", "leafHash", "payloadHash"})
public record EventLine(long globalPosition, String eventId, String type, String aggregateType, String aggregateId,
                        long sequenceNumber,
                        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = RECORDED_AT, timezone = "UTC")
                        Instant recordedAt, LocalDate decisionDate, LocalDate decidedOn,
                        String recordedBy, String correlationId, String payloadType, String payloadRevision,
                        JsonNode payload, JsonNode metaData, String metaDataHash, Long leafIndex,
                        String leafHash, @JsonInclude(JsonInclude.Include.NON_NULL) String payloadHash) {

    /** Milliseconds always written, as in the event store, so every line's time has the same width. */
    static final String RECORDED_AT = "yyyy-MM-dd'T'HH:mm:ss.SSSX";

    /**
     * Its own mapper, so that the format never changes with the web API's Jackson settings. Decimals are kept exact,
     * so a payload read from a line serialises back to the same JSON.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /** A row of {@code domain_event_entry}, as Axon stored it (JSON payload and metadata, ISO timestamp). */
    public static EventLine fromStored(long globalIndex, String eventIdentifier, String aggregateType,
                                       String aggregateIdentifier, long sequenceNumber, String timeStamp,
                                       String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
        return fromStored(globalIndex, eventIdentifier, aggregateType, aggregateIdentifier, sequenceNumber, timeStamp,
                payloadType, payloadRevision, payload, metaData, null, null);
    }

    /** The same, with the seal records of its position ({@code ledger_leaf}), null where not sealed yet. */
    public static EventLine fromStored(long globalIndex, String eventIdentifier, String aggregateType,
                                       String aggregateIdentifier, long sequenceNumber, String timeStamp,
                                       String payloadType, String payloadRevision, byte[] payload, byte[] metaData,
                                       Long leafIndex, byte[] leafHash) {
        JsonNode payloadJson = tree(payload);
        JsonNode metaDataJson = metaData == null ? null : tree(metaData);
        JsonNode decision = payloadJson.path("decision");
        LocalDate decidedOn = date(decision.path("decidedOn"));
        LocalDate effectiveFrom = date(decision.path("effectiveFrom"));
        return new EventLine(globalIndex, eventIdentifier, simpleName(payloadType), aggregateType, aggregateIdentifier,
                sequenceNumber, Instant.parse(timeStamp), effectiveFrom != null ? effectiveFrom : decidedOn,
                decidedOn, text(metaDataJson, "recordedBy"),
                text(metaDataJson, "correlationId"), payloadType, payloadRevision, payloadJson, metaDataJson,
                metaDataJson == null ? null : Hashes.hex(CanonicalJson.hashOf(metaDataJson)), leafIndex,
                leafHash == null ? null : Hashes.hex(leafHash), null);
    }

    /**
     * The line as the public may read it: the decisions are open to everyone, but who recorded them, and in
     * which request, is for revisorer and administrators (ADR 0031).
     */
    public EventLine withoutPersonalData() {
        return new EventLine(globalPosition, eventId, type, aggregateType, aggregateId, sequenceNumber, recordedAt,
                decisionDate, decidedOn, null, null, payloadType, payloadRevision, payload, null, metaDataHash,
                leafIndex, leafHash, payloadHash);
    }

    /** The line with part of its payload withheld, committing to the stored payload by its hash. */
    public EventLine withPayloadWithheld(JsonNode withheld) {
        return new EventLine(globalPosition, eventId, type, aggregateType, aggregateId, sequenceNumber, recordedAt,
                decisionDate, decidedOn, recordedBy, correlationId, payloadType, payloadRevision, withheld, metaData,
                metaDataHash, leafIndex, leafHash, Hashes.hex(CanonicalJson.hashOf(payload)));
    }

    public boolean hasMetaData() {
        return metaData != null && metaData.isObject();
    }

    public void writeTo(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
        out.write('\n');
    }

    public static EventLine parse(String line) throws IOException {
        return JSON.readValue(line, EventLine.class);
    }

    /** The payload as the event store keeps it: compact JSON in UTF-8. */
    public byte[] payloadBytes() {
        return bytes(payload);
    }

    public byte[] metaDataBytes() {
        return bytes(metaData);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored event data is not JSON", e);
        }
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$')) + 1);
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.path(field).isTextual() ? null : node.path(field).asText();
    }
}
