package se.styrledger.platform.sealing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.styrledger.verifier.Checkpoint;
import se.styrledger.verifier.Hashes;
import se.styrledger.verifier.SigningKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;

/**
 * The Ed25519 key pair that signs checkpoints (ADR 0081). Production configures a PKCS#8 key file kept away from the
 * database server; the embedded default generates a pair on first start beside the database's data directory, so a
 * ledger tried out on a laptop seals from the first event.
 */
@Component
public class CheckpointKeys {

    static final String PRIVATE_FILE = "checkpoint-signing-key.pem";
    static final String PUBLIC_FILE = "checkpoint-public-key.pem";

    private static final Logger log = LoggerFactory.getLogger(CheckpointKeys.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public CheckpointKeys(TamperEvidenceProperties properties, Environment environment) {
        try {
            Path signing = properties.signingKey();
            Path verifying = properties.publicKey();
            if (signing == null) {
                Path database = Path.of(environment.getProperty("styrledger.embedded-postgres.data-directory",
                        "data/postgres")).toAbsolutePath();
                // Beside the database's files, never among them: a copy of the database must not carry the key.
                Path directory = properties.keyDirectory() != null ? properties.keyDirectory()
                        : database.resolveSibling(database.getFileName() + "-signing-key");
                signing = directory.resolve(PRIVATE_FILE);
                verifying = directory.resolve(PUBLIC_FILE);
                if (!Files.exists(signing)) {
                    generate(signing, verifying);
                }
            }
            this.privateKey = SigningKeys.readPrivate(signing);
            this.publicKey = SigningKeys.readPublic(verifying);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint signing key", e);
        }
        Checkpoint probe = Checkpoint.sign(0, 0, Hashes.emptyRoot(), Instant.EPOCH, "probe", privateKey, publicKey);
        if (!probe.signedBy(publicKey)) {
            throw new IllegalStateException("styrledger.tamper-evidence.public-key is not the public key of"
                    + " signing-key");
        }
        log.info("Checkpoints are signed with Ed25519 key {}", SigningKeys.keyId(publicKey));
    }

    private static void generate(Path signing, Path verifying) throws IOException {
        Files.createDirectories(signing.getParent());
        KeyPair pair = SigningKeys.generate();
        // Written beside the target and moved into place, so two nodes starting at once never read half a key.
        Path partialPublic = Files.createTempFile(signing.getParent(), "public", ".partial");
        SigningKeys.writePublic(pair.getPublic(), partialPublic);
        Path partialPrivate = Files.createTempFile(signing.getParent(), "private", ".partial");
        try {
            Files.setPosixFilePermissions(partialPrivate, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.debug("No POSIX permissions here; the key file keeps the directory's");
        }
        SigningKeys.writePrivate(pair.getPrivate(), partialPrivate);
        Files.move(partialPublic, verifying, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partialPrivate, signing, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        log.warn("Generated a checkpoint signing key in {}: fine for trying the ledger out; in production set"
                + " styrledger.tamper-evidence.signing-key and public-key to a key kept away from the database"
                + " server, and publish the public key (docs/tamper-evidence.md)", signing.getParent());
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }
}
