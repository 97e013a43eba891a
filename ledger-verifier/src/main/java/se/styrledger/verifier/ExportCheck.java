package se.styrledger.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;

/**
 * (a) A JSON Lines export of the whole ledger, full or open, against signed checkpoints. The export must start at the
 * first event; lines after the last checkpoint are events sealed later and are not judged.
 */
public final class ExportCheck {

    private ExportCheck() {
    }

    public static Verdict check(Path export, List<Checkpoint> checkpoints, PublicKey trustedKey) throws IOException {
        LedgerCheck check = new LedgerCheck(checkpoints, trustedKey);
        try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String line;
            long lineNumber = 0;
            while (check.wantsMore() && (line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                SealedEvent event;
                try {
                    event = SealedEvent.fromLine(line);
                } catch (IOException | RuntimeException e) {
                    return Verdict.failed(null, "Rad " + lineNumber + " i exporten går inte att läsa som en händelse: "
                            + e.getMessage());
                }
                check.accept(event);
            }
        }
        return check.finish();
    }
}
