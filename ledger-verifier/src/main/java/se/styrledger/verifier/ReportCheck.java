package se.styrledger.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * (c) A frozen report file against its proof ({@code GET /api/v1/follow-up-reports/{id}/proof}): the file has the
 * SHA-256 the proof names, the proof's closing event is the {@code FollowUpReportClosed} of that report, and that
 * event is in the tree a signed checkpoint states.
 */
public final class ReportCheck {

    private ReportCheck() {
    }

    public static Verdict check(Path report, Path proofFile, Checkpoint published, PublicKey trustedKey)
            throws IOException {
        JsonNode proof = CanonicalJson.MAPPER.readTree(Files.readAllBytes(proofFile));
        String reportId = proof.path("reportId").asText();
        String fileHash = Hashes.hex(Hashes.sha256(Files.readAllBytes(report)));
        if (!fileHash.equalsIgnoreCase(proof.path("sha256").asText())) {
            return Verdict.failed(null, "Rapportfilen har ändrats: dess SHA-256 är " + fileHash + ", men beviset för"
                    + " rapport " + reportId + " anger " + proof.path("sha256").asText() + ".");
        }
        SealedEvent closing = SealedEvent.fromLine(CanonicalJson.MAPPER.writeValueAsString(proof.path("closingEvent")));
        long position = closing.event().position();
        JsonNode closingPayload = proof.path("closingEvent").path("payload");
        if (!String.valueOf(closing.event().payloadType()).endsWith(".FollowUpReportClosed")
                || !reportId.equals(closingPayload.path("reportId").asText())) {
            return Verdict.failed(position, "Händelsen på position " + position + " i beviset är inte stängningen av"
                    + " rapport " + reportId + ".");
        }
        Checkpoint checkpoint = CanonicalJson.MAPPER.treeToValue(proof.path("checkpoint"), Checkpoint.class);
        if (published != null) {
            if (published.treeSize() != checkpoint.treeSize() || !published.rootHash().equals(checkpoint.rootHash())) {
                return Verdict.failed(position, "Beviset gäller kontrollpunkten för " + checkpoint.treeSize()
                        + " händelser, inte den publicerade för " + published.treeSize() + " händelser: hämta beviset"
                        + " med ?treeSize=" + published.treeSize() + ".");
            }
            checkpoint = published;
        }
        PublicKey key = trustedKey != null ? trustedKey : checkpoint.embeddedKey();
        if (!checkpoint.signedBy(key)) {
            return Verdict.failed(null, "Kontrollpunkten för " + checkpoint.treeSize() + " händelser har ingen giltig"
                    + " signatur: den är förfalskad eller ändrad.");
        }
        List<byte[]> path = new ArrayList<>();
        proof.path("inclusionPath").forEach(hash -> path.add(Hashes.fromHex(hash.asText())));
        long leafIndex = proof.path("leafIndex").asLong();
        byte[] leaf = closing.event().leafHash();
        if (!MerkleProofs.verifyInclusion(leafIndex, checkpoint.treeSize(), leaf, path, checkpoint.root())) {
            return Verdict.failed(position, "Stängningen av rapport " + reportId + " (position " + position + ") finns"
                    + " inte i trädet som kontrollpunkten för " + checkpoint.treeSize() + " händelser anger: händelsen"
                    + " eller beviset har ändrats.");
        }
        if (closing.leafHash() != null && !Arrays.equals(closing.leafHash(), leaf)) {
            return Verdict.failed(position, "Beviset anger en annan lövhash för position " + position + ".");
        }
        return Verdict.verified("Verifierad: rapport " + reportId + " har SHA-256 " + fileHash + " och stängdes av"
                + " händelsen på position " + position + ", som ingår i kontrollpunkten för " + checkpoint.treeSize()
                + " händelser (utfärdad " + checkpoint.issuedAt() + ", nyckel "
                + (trustedKey != null ? SigningKeys.keyId(trustedKey) + ", publicerad" : checkpoint.keyId()
                + ", medföljande") + ").");
    }
}
