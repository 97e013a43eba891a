package se.styrledger.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The offline verifier a revisor runs on their own computer. Exit status 0: verified; 1: not, and the output
 * names the first position that fails; 2: wrong usage. The commands are documented in docs/tamper-evidence.md.
 */
public final class Verifier {

    public static final int VERIFIED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final String HELP = """
            Styrledger verifier: proves that the ledger's history was not rewritten (R-33).

              export   --events events.jsonl --checkpoint checkpoint.json [--checkpoint …] [--public-key key.pem]
              database --jdbc-url jdbc:postgresql://host/db [--user name] [--checkpoint checkpoint.json]
                       [--public-key key.pem]     (password from the environment variable PGPASSWORD)
              report   --report report.json --proof proof.json [--checkpoint checkpoint.json] [--public-key key.pem]

            A checkpoint file holds one checkpoint or a JSON array of them. Exit status: 0 verified, 1 not verified
            (the first failing position is named), 2 wrong usage.
            """;

    private Verifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length == 0 || args[0].startsWith("-h") || args[0].equals("--help")) {
            out.print(HELP);
            return USAGE;
        }
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                out.println("Okänt eller ofullständigt argument: " + args[i] + "\n\n" + HELP);
                return USAGE;
            }
            options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
        try {
            PublicKey key = options.containsKey("public-key")
                    ? SigningKeys.readPublic(Path.of(one(options, "public-key"))) : null;
            List<Checkpoint> checkpoints = new ArrayList<>();
            for (String file : options.getOrDefault("checkpoint", List.of())) {
                checkpoints.addAll(readCheckpoints(Path.of(file)));
            }
            Verdict verdict = switch (args[0]) {
                case "export" -> {
                    if (checkpoints.isEmpty()) {
                        throw new IllegalArgumentException("ange --checkpoint");
                    }
                    yield ExportCheck.check(Path.of(one(options, "events")), checkpoints, key);
                }
                case "database" -> database(options, checkpoints, key);
                case "report" -> ReportCheck.check(Path.of(one(options, "report")), Path.of(one(options, "proof")),
                        checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1), key);
                default -> throw new IllegalArgumentException("okänt kommando " + args[0]);
            };
            out.println(verdict.message());
            if (!verdict.verified()) {
                out.println(verdict.position() == null ? "EJ VERIFIERAD"
                        : "EJ VERIFIERAD: första position som inte håller är " + verdict.position());
            }
            return verdict.exitStatus();
        } catch (IllegalArgumentException e) {
            out.println("Fel användning: " + e.getMessage() + "\n\n" + HELP);
            return USAGE;
        } catch (IOException | SQLException e) {
            out.println("Kunde inte läsa: " + e.getMessage());
            return USAGE;
        }
    }

    private static Verdict database(Map<String, List<String>> options, List<Checkpoint> checkpoints, PublicKey key)
            throws SQLException {
        Properties login = new Properties();
        if (options.containsKey("user")) {
            login.setProperty("user", one(options, "user"));
        }
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            login.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(one(options, "jdbc-url"), login)) {
            connection.setReadOnly(true);
            List<Checkpoint> against = checkpoints;
            String note = "";
            if (against.isEmpty()) {
                against = DatabaseCheck.storedCheckpoints(connection, 1);
                if (against.isEmpty()) {
                    return Verdict.failed(null, "Databasen har ingen kontrollpunkt ännu; ange en publicerad med"
                            + " --checkpoint.");
                }
                note = " (Kontrollpunkten lästes ur databasen själv; en publicerad kontrollpunkt är starkare.)";
            }
            Verdict verdict = DatabaseCheck.check(connection, against, key);
            return new Verdict(verdict.verified(), verdict.position(), verdict.message() + note);
        }
    }

    /** One checkpoint, or a JSON array of them as {@code GET /api/v1/checkpoints} answers. */
    public static List<Checkpoint> readCheckpoints(Path file) throws IOException {
        JsonNode json = CanonicalJson.MAPPER.readTree(Files.readAllBytes(file));
        List<Checkpoint> found = new ArrayList<>();
        if (json.isArray()) {
            for (JsonNode one : json) {
                found.add(CanonicalJson.MAPPER.treeToValue(one, Checkpoint.class));
            }
        } else {
            found.add(CanonicalJson.MAPPER.treeToValue(json, Checkpoint.class));
        }
        return found;
    }

    private static String one(Map<String, List<String>> options, String name) {
        List<String> values = options.get(name);
        if (values == null || values.size() != 1) {
            throw new IllegalArgumentException("ange --" + name + " en gång");
        }
        return values.get(0);
    }
}
