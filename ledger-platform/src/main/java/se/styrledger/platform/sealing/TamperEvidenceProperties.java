package se.styrledger.platform.sealing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The seal and its checkpoints (R-33, ADR 0080–0082).
 *
 * @param enabled                whether this node seals (proofs and checks are served either way)
 * @param signingKey             the Ed25519 private key, PKCS#8 PEM; unset: a key pair generated on first start in
 *                               {@code keyDirectory} (for trying the ledger out, not for production)
 * @param publicKey              its public key, X.509 PEM; required with {@code signingKey}
 * @param keyDirectory           where the generated key pair lives; default beside the embedded database's data
 *                               directory ({@code data/postgres-signing-key/})
 * @param checkpointEveryEvents  a checkpoint after this many newly sealed events
 * @param checkpointEvery        and at least this often while new events are sealed
 * @param interval               how often the sealer looks for new events
 * @param batchSize              events sealed per transaction
 * @param maxLag                 health reports {@code behind} above this many unsealed events
 */
@ConfigurationProperties("styrledger.tamper-evidence")
public record TamperEvidenceProperties(Boolean enabled, Path signingKey, Path publicKey, Path keyDirectory,
                                       Integer checkpointEveryEvents, Duration checkpointEvery, Duration interval,
                                       Integer batchSize, Integer maxLag) {

    public TamperEvidenceProperties {
        enabled = enabled == null || enabled;
        checkpointEveryEvents = checkpointEveryEvents == null ? 10_000 : checkpointEveryEvents;
        checkpointEvery = checkpointEvery == null ? Duration.ofHours(1) : checkpointEvery;
        interval = interval == null ? Duration.ofMillis(500) : interval;
        batchSize = batchSize == null ? 2_000 : batchSize;
        maxLag = maxLag == null ? 10_000 : maxLag;
        if ((signingKey == null) != (publicKey == null)) {
            throw new IllegalArgumentException("styrledger.tamper-evidence.signing-key and public-key go together:"
                    + " the JDK cannot derive an Ed25519 public key from the private one");
        }
        if (checkpointEveryEvents < 1 || batchSize < 1) {
            throw new IllegalArgumentException("styrledger.tamper-evidence.checkpoint-every-events and batch-size"
                    + " must be at least 1");
        }
    }
}
