package se.styrledger.verifier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * A signed statement of the tree at one size: "the first {@code treeSize} events of this ledger, up to
 * position {@code lastPosition}, have the tree hash {@code rootHash}; signed at {@code issuedAt}". A kommun publishes
 * it outside the database (its web site, the diarium, an appendix to the årsredovisning); with it and an export, a
 * revisor proves the history unchanged. The signature is Ed25519 over {@link #signedText()}; the public key travels
 * along, and a revisor pins it ({@code --public-key}) from where the kommun published it.
 *
 * @param ledger       always {@code styrledger}: what kind of statement this is
 * @param treeSize     how many events the tree holds
 * @param lastPosition the position of its last event
 * @param rootHash     the tree hash, hexadecimal
 * @param issuedAt     when it was signed, ISO 8601 in UTC
 * @param reason       why it was made: {@code events}, {@code time} or {@code report-closed}
 * @param publicKey    the Ed25519 public key, X.509 DER in Base64
 * @param keyId        the first 16 hexadecimal digits of the key's SHA-256, to tell keys apart
 * @param signature    Ed25519 over {@link #signedText()}, Base64
 */
@JsonPropertyOrder({"ledger", "treeSize", "lastPosition", "rootHash", "issuedAt", "reason", "publicKey", "keyId",
        "signature"})
public record Checkpoint(String ledger, long treeSize, long lastPosition, String rootHash, String issuedAt,
                         String reason, String publicKey, String keyId, String signature) {

    public static final String LEDGER = "styrledger";

    /** What is signed: one field a line, so a person can read it and any tool can rebuild it. */
    public String signedText() {
        return "styrledger-checkpoint-v1\n" + treeSize + "\n" + lastPosition + "\n" + rootHash + "\n" + issuedAt
                + "\n";
    }

    public static Checkpoint sign(long treeSize, long lastPosition, byte[] root, Instant issuedAt, String reason,
                                  PrivateKey privateKey, PublicKey publicKey) {
        Checkpoint unsigned = new Checkpoint(LEDGER, treeSize, lastPosition, Hashes.hex(root), issuedAt.toString(), reason,
                SigningKeys.encode(publicKey), SigningKeys.keyId(publicKey), null);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            return unsigned.withSignature(Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the checkpoint", e);
        }
    }

    public Checkpoint withSignature(String newSignature) {
        return new Checkpoint(ledger, treeSize, lastPosition, rootHash, issuedAt, reason, publicKey, keyId,
                newSignature);
    }

    /** Whether the signature holds for {@code key}, the key the revisor trusts. */
    public boolean signedBy(PublicKey key) {
        if (signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public byte[] root() {
        return Hashes.fromHex(rootHash);
    }

    public PublicKey embeddedKey() {
        return SigningKeys.decode(publicKey);
    }

    public String json() {
        try {
            return CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Checkpoint parse(String json) throws IOException {
        return CanonicalJson.MAPPER.readValue(json, Checkpoint.class);
    }

    public static Checkpoint read(Path file) throws IOException {
        return parse(Files.readString(file));
    }
}
