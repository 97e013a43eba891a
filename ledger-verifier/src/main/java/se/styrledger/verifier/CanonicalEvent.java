package se.styrledger.verifier;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What the seal covers of one event: its position, identity, aggregate and sequence number, recorded time,
 * payload type and revision, and the SHA-256 of its payload and of its metadata (each in {@link CanonicalJson} form).
 * Metadata enters only as its hash, so an open export without who recorded the event still verifies; the
 * payload enters as a hash too, so a proof for one event carries its hashes, not its text (ADR 0080).
 *
 * <p>The bytes are a fixed layout, version-tagged: the tag {@code styrledger-event-v1}; then each field in the order
 * of the record, a number as 8 bytes big-endian, a text as its UTF-8 length (4 bytes) and bytes, a hash as a presence
 * byte (1) and its 32 bytes; a missing text or hash is the single byte or length marker {@code 0xFF…}. The recorded
 * time is milliseconds since 1970 (UTC), the precision the export writes.
 *
 * @param position       {@code global_index}
 * @param eventId        {@code event_identifier}
 * @param aggregateType  {@code type}, e.g. {@code OrganisationUnit}
 * @param aggregateId    {@code aggregate_identifier}
 * @param sequenceNumber {@code sequence_number}
 * @param recordedAt     {@code time_stamp}
 * @param payloadType    {@code payload_type}
 * @param payloadRevision {@code payload_revision}, often null
 * @param payloadHash    SHA-256 of the canonical payload
 * @param metaDataHash   SHA-256 of the canonical metadata, null when the event has none
 */
public record CanonicalEvent(long position, String eventId, String aggregateType, String aggregateId,
                             long sequenceNumber, Instant recordedAt, String payloadType, String payloadRevision,
                             byte[] payloadHash, byte[] metaDataHash) {

    private static final byte[] TAG = "styrledger-event-v1".getBytes(StandardCharsets.US_ASCII);
    private static final int ABSENT = -1;

    /** From a row of {@code domain_event_entry} as the event store keeps it. */
    public static CanonicalEvent fromStored(long position, String eventId, String aggregateType, String aggregateId,
                                            long sequenceNumber, String timeStamp, String payloadType,
                                            String payloadRevision, byte[] payload, byte[] metaData) {
        return new CanonicalEvent(position, eventId, aggregateType, aggregateId, sequenceNumber,
                Instant.parse(timeStamp), payloadType, payloadRevision, CanonicalJson.hashOfStored(payload),
                CanonicalJson.hashOfStored(metaData));
    }

    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(TAG);
            out.writeLong(position);
            text(out, eventId);
            text(out, aggregateType);
            text(out, aggregateId);
            out.writeLong(sequenceNumber);
            out.writeLong(recordedAt.toEpochMilli());
            text(out, payloadType);
            text(out, payloadRevision);
            hash(out, payloadHash);
            hash(out, metaDataHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** The event's leaf in the tree: RFC 6962's leaf hash of {@link #bytes()}. */
    public byte[] leafHash() {
        return Hashes.leaf(bytes());
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(ABSENT);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void hash(DataOutputStream out, byte[] hash) throws IOException {
        if (hash == null) {
            out.writeByte(ABSENT);
            return;
        }
        out.writeByte(1);
        out.write(hash);
    }
}
