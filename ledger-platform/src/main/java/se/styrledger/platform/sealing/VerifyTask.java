package se.styrledger.platform.sealing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.styrledger.platform.task.LedgerTask;
import se.styrledger.verifier.Checkpoint;
import se.styrledger.verifier.DatabaseCheck;
import se.styrledger.verifier.SigningKeys;
import se.styrledger.verifier.Verdict;
import se.styrledger.verifier.Verifier;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.util.List;

/**
 * {@code --styrledger.task=verify [--styrledger.verify.checkpoint=checkpoint.json]
 * [--styrledger.verify.public-key=key.pem]}: checks the ledger's database against a published checkpoint, or
 * without one against the newest the ledger keeps, with the same code as the standalone verifier. Exit status
 * 0 verified, 1 not (the log names the first position that fails).
 */
@Component
public class VerifyTask implements LedgerTask {

    private static final Logger log = LoggerFactory.getLogger(VerifyTask.class);

    private final DataSource dataSource;
    private final Environment environment;
    private final CheckpointKeys keys;

    public VerifyTask(DataSource dataSource, Environment environment, CheckpointKeys keys) {
        this.dataSource = dataSource;
        this.environment = environment;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String description() {
        return "check the event store against a signed checkpoint (styrledger.verify.checkpoint, default the newest"
                + " stored; styrledger.verify.public-key, default this ledger's key)";
    }

    @Override
    public int run() throws Exception {
        String checkpointFile = environment.getProperty("styrledger.verify.checkpoint");
        String keyFile = environment.getProperty("styrledger.verify.public-key");
        PublicKey key = keyFile == null ? keys.publicKey() : SigningKeys.readPublic(Path.of(keyFile));
        try (Connection connection = dataSource.getConnection()) {
            List<Checkpoint> checkpoints = checkpointFile == null ? DatabaseCheck.storedCheckpoints(connection, 1)
                    : Verifier.readCheckpoints(Path.of(checkpointFile));
            if (checkpoints.isEmpty()) {
                log.error("No checkpoint yet: the ledger has sealed nothing, or give --styrledger.verify.checkpoint");
                return USAGE;
            }
            Verdict verdict = DatabaseCheck.check(connection, checkpoints, key);
            if (verdict.verified()) {
                log.info("{}", verdict.message());
                return OK;
            }
            log.error("{} (first failing position: {})", verdict.message(),
                    verdict.position() == null ? "unknown" : verdict.position());
            return FAILED;
        }
    }
}
