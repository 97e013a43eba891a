package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styrledger.platform.sealing.CheckpointKeys;
import se.styrledger.platform.sealing.Sealer;
import se.styrledger.platform.sealing.SealingHealth;
import se.styrledger.platform.sealing.VerifyTask;
import se.styrledger.platform.task.LedgerTask;
import se.styrledger.platform.testing.TestDatabase;
import se.styrledger.verifier.Checkpoint;
import se.styrledger.verifier.DatabaseCheck;
import se.styrledger.verifier.ExportCheck;
import se.styrledger.verifier.Hashes;
import se.styrledger.verifier.MerkleProofs;
import se.styrledger.verifier.ReportCheck;
import se.styrledger.verifier.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-33 against a running ledger on its real PostgreSQL: the sealer seals every event, checkpoints are signed, proofs
 * verify, and every kind of tampering by the database owner — the one the append-only trigger does not stop
 * — is caught by the verifier, which names the first position that fails: a flipped bit in a payload, in
 * metadata and in a time stamp, an event removed, two swapped, one inserted into an old gap, a truncated tail,
 * a forged checkpoint, and tampering followed by a rebuild of the read models. An untouched history verifies, both
 * from the database and from the open export, which carries no {@code recordedBy}.
 */
@AutoConfigureObservability
@SpringBootTest(classes = StyrledgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"styrledger.queries.min-position-wait=5s", "styrledger.rebuild.poll-interval=100ms",
                "styrledger.tamper-evidence.interval=100ms", "styrledger.tamper-evidence.checkpoint-every=300ms",
                "styrledger.tamper-evidence.checkpoint-every-events=1000",
                "styrledger.security.users[0].username=demo",
                "styrledger.security.users[0].password-hash=$2a$04$3fkLrkTe22dFkaw6mqJA4OHM/vBwoM2Y4epIn/Ab6VrHQQnGjeIBu",
                "styrledger.security.users[0].roles=RECORDER,AUDITOR,ADMIN"})
class TamperEvidenceTest {

    private static final Path DATA = TestDatabase.freshDirectory();
    private static final long PATIENCE_MILLIS = 60_000;
    private static boolean populated;
    private static UUID report;
    private static long gap;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("styrledger.embedded-postgres.data-directory", DATA::toString);
    }

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private EmbeddedPostgres postgres;
    @Autowired
    private CheckpointKeys keys;
    @Autowired
    private SealingHealth sealing;
    @Autowired
    private VerifyTask verifyTask;
    @Autowired
    private Sealer sealer;
    @TempDir
    Path files;

    private HttpApi api() {
        return new HttpApi("http://localhost:" + port, json);
    }

    @BeforeEach
    void aSealedLedger() throws Exception {
        if (!populated) {
            FollowUpKommun kommun = new FollowUpKommun(api(), 2021, "Fler unga får arbete");
            // A position handed out and never used, like a rolled-back command's: an old gap to insert into.
            gap = owner().queryForObject("SELECT nextval('domain_event_entry_global_index_seq')", Long.class);
            report = kommun.report("INTERIM_1");
            kommun.close(report);
            // Tampering comes next: a projection still folding the history would fold the forgery, dead-letter it
            // and park every later event of its sequence behind it, so the report would never be read back.
            Completeness.awaitComplete(api());
            populated = true;
        }
        awaitSealedAndCheckpointed();
    }

    @Test
    void anUntouchedHistoryVerifiesFromTheDatabaseTheOpenExportAndTheTaskUnderR33() throws Exception {
        assertThat(checkDatabase().verified()).as(checkDatabase().message()).isTrue();
        String export = api().anonymous().get("/api/v1/events").expect(200).text();
        assertThat(export).as("the open export names nobody (R-34)").doesNotContain("\"recordedBy\":\"demo\"")
                .contains("\"metaDataHash\":\"").contains("\"leafHash\":\"");
        Verdict fromExport = checkExport(export);
        assertThat(fromExport.verified()).as(fromExport.message()).isTrue();
        assertThat(verifyTask.run()).isEqualTo(LedgerTask.OK);
        // The sealer follows the store on its own schedule: events other test classes just recorded may still be
        // unsealed, so the lag must reach zero (bounded), not be zero at this instant.
        JsonNode health = api().get("/actuator/health").body().path("components").path("sealing");
        for (long deadline = System.currentTimeMillis() + 60_000; health.path("details").path("lag").asLong() > 0
                && System.currentTimeMillis() < deadline; ) {
            Thread.sleep(200);
            health = api().get("/actuator/health").body().path("components").path("sealing");
        }
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("lag").asLong()).isZero();
        assertThat(api().get("/actuator/prometheus").text()).contains("styrledger_sealing_lag");
    }

    @Test
    void proofsOverTheApiVerifyAgainstTheSignedCheckpoints() throws Exception {
        Checkpoint latest = latest();
        for (long position : jdbc.queryForList("SELECT global_index FROM domain_event_entry ORDER BY global_index"
                + " LIMIT 5", Long.class)) {
            JsonNode proof = api().anonymous().get("/api/v1/proofs/inclusion?position=" + position).expect(200).body();
            assertThat(proof.path("treeSize").asLong()).isEqualTo(latest.treeSize());
            assertThat(MerkleProofs.verifyInclusion(proof.path("leafIndex").asLong(), latest.treeSize(),
                    Hashes.fromHex(proof.path("leafHash").asText()), hashes(proof.path("inclusionPath")),
                    latest.root())).as("position %d", position).isTrue();
        }
        List<Checkpoint> all = new ArrayList<>();
        for (JsonNode one : api().anonymous().get("/api/v1/checkpoints").expect(200).body()) {
            all.add(Checkpoint.parse(one.toString()));
        }
        Checkpoint first = all.get(all.size() - 1);
        JsonNode consistency = api().anonymous().get("/api/v1/proofs/consistency?fromSize=" + first.treeSize()
                + "&toSize=" + latest.treeSize()).expect(200).body();
        assertThat(MerkleProofs.verifyConsistency(first.treeSize(), latest.treeSize(), first.root(), latest.root(),
                hashes(consistency.path("consistencyPath")))).isTrue();
        assertThat(all).anyMatch(checkpoint -> checkpoint.reason().equals("report-closed"));

        byte[] reportFile = api().anonymous().get("/api/v1/follow-up-reports/" + report).expect(200).response()
                .body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String reportProof = api().anonymous().get("/api/v1/follow-up-reports/" + report + "/proof").expect(200).text();
        assertThat(reportProof).as("R-34").doesNotContain("demo");
        Path reportPath = Files.write(files.resolve("report.json"), reportFile);
        Path proofPath = Files.writeString(files.resolve("proof.json"), reportProof);
        Verdict verdict = ReportCheck.check(reportPath, proofPath, null, keys.publicKey());
        assertThat(verdict.verified()).as(verdict.message()).isTrue();
        Files.write(reportPath, new String(reportFile, java.nio.charset.StandardCharsets.UTF_8).replace("Fler", "Färre")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ReportCheck.check(reportPath, proofPath, null, keys.publicKey()).message())
                .contains("Rapportfilen har ändrats");

        api().anonymous().get("/api/v1/proofs/inclusion?position=999999999").problem(404);
        api().anonymous().get("/api/v1/proofs/inclusion?position=1&treeSize=0").problem(400);
        api().anonymous().get("/api/v1/proofs/consistency?fromSize=0").problem(400);
    }

    @Test
    void aFlippedBitInAPayloadInMetadataOrInATimeStampIsNamed() throws Exception {
        long position = positionOf("UnitEstablished", 1);
        // 'S' (0x53) to 'R' (0x52): one bit, and the payload is still JSON.
        assertTamperedAt(position, "UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload,"
                + " 'UTF8'), 'Socialn', 'Rocialn'), 'UTF8') WHERE global_index = " + position);
        // 'o' (0x6f) to 'n' (0x6e) in "recordedBy":"demo".
        assertTamperedAt(position, "UPDATE domain_event_entry SET meta_data = convert_to(replace(convert_from("
                + "meta_data, 'UTF8'), '\"demo\"', '\"demn\"'), 'UTF8') WHERE global_index = " + position);
        // The last digit of the milliseconds, its lowest bit flipped.
        assertTamperedAt(position, "UPDATE domain_event_entry SET time_stamp = overlay(time_stamp placing"
                + " chr(ascii(substr(time_stamp, 23, 1)) # 1) from 23 for 1) WHERE global_index = " + position);
    }

    @Test
    void anEventRemovedSwappedOrInsertedIntoAnOldGapIsNamed() throws Exception {
        long removed = positionOf("UnitEstablished", 1);
        Verdict verdict = tampered("DELETE FROM domain_event_entry WHERE global_index = " + removed);
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.position()).isEqualTo(next(removed));
        assertThat(verdict.message()).contains("saknas 1 förseglad händelse");

        long a = positionOf("UnitEstablished", 0);
        long b = positionOf("UnitEstablished", 1);
        verdict = tampered("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = " + a + ";"
                + "UPDATE domain_event_entry SET global_index = " + a + " WHERE global_index = " + b + ";"
                + "UPDATE domain_event_entry SET global_index = " + b + " WHERE global_index = -1");
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.position()).isEqualTo(a);

        verdict = tampered("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,"
                + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                + " SELECT " + gap + ", 'forged-" + UUID.randomUUID() + "', aggregate_identifier, 99, type, time_stamp,"
                + " payload_type, payload_revision, payload, meta_data FROM domain_event_entry WHERE global_index = "
                + a);
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.position()).isEqualTo(gap);
        assertThat(verdict.message()).contains("förseglades aldrig");
    }

    @Test
    void aTruncatedTailIsNamed() throws Exception {
        Checkpoint latest = latest();
        List<Long> last = jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE global_index <= ?"
                + " ORDER BY global_index DESC LIMIT 3", Long.class, latest.lastPosition());
        Verdict verdict = tampered("DELETE FROM domain_event_entry WHERE global_index >= " + last.get(2));
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.position()).isEqualTo(last.get(2));
        assertThat(verdict.message()).contains("de sista 3 har tagits bort");
    }

    @Test
    void aForgedCheckpointIsRefused() throws Exception {
        Checkpoint genuine = latest();
        String forgedRoot = (genuine.rootHash().charAt(0) == 'a' ? "b" : "a") + genuine.rootHash().substring(1);
        Checkpoint forged = new Checkpoint(genuine.ledger(), genuine.treeSize(), genuine.lastPosition(), forgedRoot,
                genuine.issuedAt(), genuine.reason(), genuine.publicKey(), genuine.keyId(), genuine.signature());
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            Verdict verdict = DatabaseCheck.check(connection, List.of(forged), keys.publicKey());
            assertThat(verdict.verified()).isFalse();
            assertThat(verdict.message()).contains("ingen giltig signatur");
        }
    }

    @Test
    void tamperingFollowedByARebuildOfTheReadModelsIsStillCaught() throws Exception {
        long position = positionOf("UnitEstablished", 0);
        String saved = save();
        try {
            owner("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                    + " 'Kommunfullmäktige', 'Kommunstyrelsen'), 'UTF8') WHERE global_index = " + position);
            // The owner covers the tracks: every read model rebuilt from the forged store, checksums consistent.
            assertThat(Rebuilding.awaitEnd(api(), Rebuilding.start(api())).get("outcome").asText())
                    .isEqualTo("COMPLETED");
            Verdict verdict = checkDatabase();
            assertThat(verdict.verified()).isFalse();
            assertThat(verdict.position()).isEqualTo(position);
            assertThat(verifyTask.run()).isEqualTo(LedgerTask.FAILED);
        } finally {
            restore(saved);
            Rebuilding.awaitEnd(api(), Rebuilding.start(api()));
        }
        assertThat(checkDatabase().verified()).isTrue();
    }

    @Test
    void theSealerNeverSealsPastAGapThatMayStillFillAndResumesWithoutRehashing() throws Exception {
        long sealedBefore = jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class);
        try (Connection held = postgres.getPostgresDatabase().getConnection()) {
            held.setAutoCommit(false);
            long heldPosition;
            try (Statement statement = held.createStatement()) {
                var rows = statement.executeQuery("INSERT INTO domain_event_entry (event_identifier,"
                        + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload, meta_data)"
                        + " VALUES ('held-" + UUID.randomUUID() + "', 'held-" + UUID.randomUUID() + "', 0, 'Held',"
                        + " '2026-01-01T00:00:00.000Z', 'se.styrledger.test.Held', '{}'::bytea, '{}'::bytea)"
                        + " RETURNING global_index");
                rows.next();
                heldPosition = rows.getLong(1);
            }
            UUID council = UUID.fromString(api().post("/api/v1/units", """
                    {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                     "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                    """).expect(201).body().get("id").asText());
            assertThat(council).isNotNull();
            for (int i = 0; i < 10; i++) {
                sealer.sealBatch();
                Thread.sleep(50);
            }
            assertThat(jdbc.queryForObject("SELECT max(global_index) FROM ledger_leaf", Long.class))
                    .as("sealing stops before the open transaction's event").isLessThan(heldPosition);
            held.commit();
        }
        awaitSealedAndCheckpointed();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class)).isEqualTo(sealedBefore + 2);
        assertThat(checkDatabase().verified()).isTrue();

        // A second sealer, as after a restart: it reads the tree's right edge back and continues from there.
        Sealer restarted = new Sealer(postgres.getPostgresDatabase(), new org.springframework.jdbc.datasource
                .DataSourceTransactionManager(postgres.getPostgresDatabase()),
                new se.styrledger.platform.sealing.TamperEvidenceProperties(true, null, null, null, 1, null, null,
                        null, null), keys, java.time.Clock.systemUTC(),
                new se.styrledger.platform.eventstore.EventStoreProperties(null, null, null, null, null));
        sealer.stop();
        try {
            api().post("/api/v1/units", """
                    {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                     "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                    """).expect(201);
            long giveUp = System.currentTimeMillis() + PATIENCE_MILLIS;
            while (restarted.sealBatch() == 0 && System.currentTimeMillis() < giveUp) {
                Thread.sleep(50);
            }
        } finally {
            sealer.start();
        }
        awaitSealedAndCheckpointed();
        assertThat(checkDatabase().verified()).isTrue();
    }

    private void assertTamperedAt(long position, String sql) throws Exception {
        Verdict verdict = tampered(sql);
        assertThat(verdict.verified()).as(sql).isFalse();
        assertThat(verdict.position()).as(verdict.message()).isEqualTo(position);
        assertThat(verdict.message()).contains("har ändrats");
    }

    /** Tampers as the owner, checks the database and the open export, and puts everything back. */
    private Verdict tampered(String sql) throws Exception {
        String saved = save();
        try {
            owner(sql);
            Verdict fromDatabase = checkDatabase();
            Verdict fromExport = checkExport(api().anonymous().get("/api/v1/events").expect(200).text());
            assertThat(fromExport.verified()).isEqualTo(fromDatabase.verified());
            assertThat(fromExport.position()).isEqualTo(fromDatabase.position());
            return fromDatabase;
        } finally {
            restore(saved);
            assertThat(checkDatabase().verified()).as("restored").isTrue();
        }
    }

    private String save() {
        String table = "saved_" + System.nanoTime();
        owner("CREATE TABLE " + table + " AS SELECT * FROM domain_event_entry");
        return table;
    }

    private void restore(String saved) {
        owner("DELETE FROM domain_event_entry; INSERT INTO domain_event_entry SELECT * FROM " + saved + ";"
                + " DROP TABLE " + saved);
    }

    /** The threat: the owner, who may switch the append-only trigger off (R-30 stops only the application). */
    private void owner(String sql) {
        owner().execute("SET session_replication_role = replica; " + sql + "; SET session_replication_role = origin");
    }

    private JdbcTemplate owner() {
        return new JdbcTemplate(postgres.getPostgresDatabase());
    }

    private Verdict checkDatabase() throws SQLException, IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return DatabaseCheck.check(connection, List.of(latest()), keys.publicKey());
        }
    }

    private Verdict checkExport(String export) throws IOException {
        Path file = Files.writeString(files.resolve("events-" + System.nanoTime() + ".jsonl"), export);
        return ExportCheck.check(file, List.of(latest()), keys.publicKey());
    }

    private Checkpoint latest() throws IOException {
        return Checkpoint.parse(api().anonymous().get("/api/v1/checkpoints/latest").expect(200).text());
    }

    private long positionOf(String type, int nth) {
        return jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE payload_type LIKE ? ORDER BY"
                + " global_index", Long.class, "%." + type).get(nth);
    }

    private long next(long position) {
        return jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry WHERE global_index > ?",
                Long.class, position);
    }

    private void awaitSealedAndCheckpointed() throws Exception {
        long giveUp = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            Long checkpointed = jdbc.queryForObject("SELECT max(tree_size) FROM ledger_checkpoint", Long.class);
            if (checkpointed != null && checkpointed == events) {
                return;
            }
            if (System.currentTimeMillis() > giveUp) {
                throw new AssertionError("Not sealed: " + events + " events, checkpoint at " + checkpointed + ", "
                        + sealing.progress());
            }
            Thread.sleep(100);
        }
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(Hashes.fromHex(hash.asText())));
        return hashes;
    }

}
