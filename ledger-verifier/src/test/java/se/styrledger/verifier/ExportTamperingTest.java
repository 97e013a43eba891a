package se.styrledger.verifier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-33 on export files: a history sealed and checkpointed, exported in the ledger's JSON Lines format (full and
 * open), verifies untouched; each kind of tampering is caught and its first position named. The same vectors run
 * against a live ledger's database in ledger-app's {@code TamperEvidenceTest}.
 */
class ExportTamperingTest {

    private static final KeyPair KEY = SigningKeys.generate();
    private static final int EVENTS = 40;

    @TempDir
    Path dir;

    /** Positions with gaps, as a real store has them (rolled-back transactions). */
    private static long position(int i) {
        return 1 + i + (i >= 10 ? 3 : 0) + (i >= 25 ? 1 : 0);
    }

    private List<ObjectNode> history() {
        List<ObjectNode> lines = new ArrayList<>();
        CompactRange tree = new CompactRange();
        for (int i = 0; i < EVENTS; i++) {
            ObjectNode line = CanonicalJson.MAPPER.createObjectNode();
            line.put("globalPosition", position(i));
            line.put("eventId", "e-" + i);
            line.put("type", "UnitRenamed");
            line.put("aggregateType", "OrganisationUnit");
            line.put("aggregateId", "u-" + (i % 5));
            line.put("sequenceNumber", i / 5);
            line.put("recordedAt", Instant.parse("2024-05-02T12:00:00Z").plusSeconds(i * 61L) + "");
            line.put("payloadType", "se.styrledger.events.organisation.UnitRenamed");
            line.putNull("payloadRevision");
            line.set("payload", CanonicalJson.tree(("{\"unitId\":\"u-" + (i % 5) + "\",\"name\":\"Nämnd " + i
                    + "\",\"amount\":12.50}").getBytes(StandardCharsets.UTF_8)));
            line.set("metaData", CanonicalJson.tree(("{\"recordedBy\":\"anna\",\"commandId\":\"c-" + i + "\"}")
                    .getBytes(StandardCharsets.UTF_8)));
            byte[] leaf = SealedEventLine.leafOf(line);
            line.put("metaDataHash", Hashes.hex(CanonicalJson.hashOf(line.get("metaData"))));
            line.put("leafIndex", i);
            line.put("leafHash", Hashes.hex(leaf));
            tree.append(leaf);
            lines.add(line);
        }
        return lines;
    }

    private Checkpoint checkpoint(List<ObjectNode> sealed) {
        CompactRange tree = new CompactRange();
        sealed.forEach(line -> tree.append(Hashes.fromHex(line.get("leafHash").asText())));
        return Checkpoint.sign(sealed.size(), sealed.get(sealed.size() - 1).get("globalPosition").asLong(),
                tree.root(), Instant.parse("2024-06-01T00:00:00Z"), "events", KEY.getPrivate(), KEY.getPublic());
    }

    private Verdict verify(List<ObjectNode> lines, Checkpoint checkpoint) throws IOException {
        Path export = dir.resolve("events-" + System.nanoTime() + ".jsonl");
        StringBuilder text = new StringBuilder();
        for (ObjectNode line : lines) {
            text.append(CanonicalJson.MAPPER.writeValueAsString(line)).append('\n');
        }
        Files.writeString(export, text);
        return ExportCheck.check(export, List.of(checkpoint), KEY.getPublic());
    }

    private Verdict tampered(UnaryOperator<List<ObjectNode>> change) throws IOException {
        List<ObjectNode> original = history();
        Checkpoint checkpoint = checkpoint(original);
        return verify(change.apply(history()), checkpoint);
    }

    @Test
    void anUntouchedHistoryVerifiesFullAndOpenUnderR33() throws IOException {
        List<ObjectNode> lines = history();
        Checkpoint checkpoint = checkpoint(lines);
        assertThat(verify(lines, checkpoint).verified()).isTrue();
        lines.forEach(line -> line.putNull("metaData"));
        Verdict open = verify(lines, checkpoint);
        assertThat(open.verified()).as(open.message()).isTrue();
        assertThat(open.message()).startsWith("Verifierad").doesNotContain("anna");
    }

    @Test
    void aFlippedBitInAPayloadIsNamed() throws IOException {
        Verdict verdict = tampered(lines -> {
            ((ObjectNode) lines.get(17).get("payload")).put("name", "Nämnd 18");
            return lines;
        });
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.position()).isEqualTo(position(17));
        assertThat(verdict.message()).contains("har ändrats");
    }

    @Test
    void aFlippedBitInMetadataOrTimeIsNamed() throws IOException {
        Verdict metadata = tampered(lines -> {
            ((ObjectNode) lines.get(3).get("metaData")).put("recordedBy", "anno");
            lines.get(3).remove("metaDataHash");
            return lines;
        });
        assertThat(metadata.position()).isEqualTo(position(3));
        Verdict time = tampered(lines -> {
            lines.get(30).put("recordedAt", lines.get(30).get("recordedAt").asText().replace("Z", ".001Z"));
            return lines;
        });
        assertThat(time.verified()).isFalse();
        assertThat(time.position()).isEqualTo(position(30));
    }

    @Test
    void aRemovedSwappedOrInsertedEventIsNamed() throws IOException {
        Verdict removed = tampered(lines -> {
            lines.remove(12);
            return lines;
        });
        assertThat(removed.position()).isEqualTo(position(13));
        assertThat(removed.message()).contains("saknas 1 förseglad händelse");

        Verdict swapped = tampered(lines -> {
            Collections.swap(lines, 20, 21);
            return lines;
        });
        assertThat(swapped.verified()).isFalse();
        assertThat(swapped.position()).isEqualTo(position(20));

        Verdict intoGap = tampered(lines -> {
            ObjectNode forged = lines.get(9).deepCopy();
            forged.put("globalPosition", position(9) + 1);
            forged.put("eventId", "forged");
            forged.remove("leafIndex");
            forged.remove("leafHash");
            lines.add(10, forged);
            return lines;
        });
        assertThat(intoGap.position()).isEqualTo(position(9) + 1);
        assertThat(intoGap.message()).contains("förseglades aldrig");
    }

    @Test
    void aTruncatedTailIsNamed() throws IOException {
        Verdict verdict = tampered(lines -> new ArrayList<>(lines.subList(0, 33)));
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.position()).isEqualTo(position(32) + 1);
        assertThat(verdict.message()).contains("de sista 7 har tagits bort");
    }

    @Test
    void aChangeWhoseSealRecordsWereAlsoRewrittenIsStillCaught() throws IOException {
        Verdict verdict = tampered(lines -> {
            ((ObjectNode) lines.get(5).get("payload")).put("name", "Förfalskad");
            lines.get(5).put("leafHash", Hashes.hex(SealedEventLine.leafOf(lines.get(5))));
            return lines;
        });
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.message()).contains("sigillposterna har skrivits om");
    }

    @Test
    void aForgedCheckpointSignatureIsRefused() throws IOException {
        List<ObjectNode> lines = history();
        Checkpoint genuine = checkpoint(lines);
        ((ObjectNode) lines.get(2).get("payload")).put("name", "Förfalskad");
        lines.forEach(line -> line.put("leafHash", Hashes.hex(SealedEventLine.leafOf(line))));
        Checkpoint forgedRoot = checkpoint(lines);
        Checkpoint forged = new Checkpoint(forgedRoot.ledger(), forgedRoot.treeSize(), forgedRoot.lastPosition(),
                forgedRoot.rootHash(), forgedRoot.issuedAt(), forgedRoot.reason(), genuine.publicKey(),
                genuine.keyId(), genuine.signature());
        Verdict verdict = verify(lines, forged);
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.message()).contains("ingen giltig signatur");

        KeyPair other = SigningKeys.generate();
        Checkpoint ownKey = Checkpoint.sign(genuine.treeSize(), genuine.lastPosition(), forgedRoot.root(),
                Instant.now(), "events", other.getPrivate(), other.getPublic());
        assertThat(verify(lines, ownKey).message()).as("signed with a key the kommun did not publish")
                .contains("ingen giltig signatur");
    }

    @Test
    void theCommandLineExitsNonZeroAndNamesThePosition() throws IOException {
        List<ObjectNode> lines = history();
        Path checkpointFile = dir.resolve("checkpoint.json");
        Files.writeString(checkpointFile, checkpoint(lines).json());
        Path key = dir.resolve("key.pem");
        SigningKeys.writePublic(KEY.getPublic(), key);
        lines.get(8).put("sequenceNumber", 99);
        Path export = dir.resolve("events.jsonl");
        StringBuilder text = new StringBuilder();
        for (ObjectNode line : lines) {
            text.append(CanonicalJson.MAPPER.writeValueAsString(line)).append('\n');
        }
        Files.writeString(export, text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Verifier.run(new String[]{"export", "--events", export.toString(), "--checkpoint",
                checkpointFile.toString(), "--public-key", key.toString()}, new PrintStream(out, true,
                StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("EJ VERIFIERAD: första position som inte håller är " + position(8));
    }
}
