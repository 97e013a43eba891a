package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.styrledger.platform.testing.TestDatabase;

import java.nio.file.Path;
import java.util.UUID;

/**
 * End-to-end tests over real HTTP against the whole ledger on a real embedded PostgreSQL. Every subclass shares one
 * running server (Spring caches the context); tests use fresh ids so they never see each other's data.
 */
@AutoConfigureObservability
@SpringBootTest(classes = StyrledgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"styrledger.queries.min-position-wait=5s", "styrledger.rebuild.poll-interval=100ms",
                // Accounts with bcrypt cost 4 instead of 10: HTTP Basic checks the password on every request, and the
                // load and bad-input tests send hundreds. demo/demo has every role; recorder/recorder-pass only
                // RECORDER; revisor/revisor-pass only AUDITOR; clerk/clerk-pass RECORDER and operator/operator-pass
                // ADMIN, both with no recording right unless a test grants one; kerstin.karlsson/kerstin-pass only
                // RECORDER, a name no public read may ever show (R-34, PersonalDataSweepTest). demo, recorder and
                // kerstin.karlsson get the first right, for the whole kommun, from the configuration.
                "styrledger.security.users[0].username=demo",
                "styrledger.security.users[0].password-hash=$2a$04$3fkLrkTe22dFkaw6mqJA4OHM/vBwoM2Y4epIn/Ab6VrHQQnGjeIBu",
                "styrledger.security.users[0].roles=RECORDER,AUDITOR,ADMIN",
                "styrledger.security.users[1].username=recorder",
                "styrledger.security.users[1].password-hash=$2a$04$iQrl52Ry2.JPOGDfs2sFEuGrMH/z80j07jvQv7CAbDxM9mOCjAbwW",
                "styrledger.security.users[1].roles=RECORDER",
                "styrledger.security.users[2].username=revisor",
                "styrledger.security.users[2].password-hash=$2a$04$ajGFYM6vKpG115CVPRnHQeZzkV3lxxu55Ip1snxwENHIP7XT153ZC",
                "styrledger.security.users[2].roles=AUDITOR",
                "styrledger.security.users[3].username=clerk",
                "styrledger.security.users[3].password-hash=$2a$04$x24XMHubK/xX/CKOAjarT.gP1lv/.t4IJEqx1bYf4ke2y4hsEIa3i",
                "styrledger.security.users[3].roles=RECORDER",
                "styrledger.security.users[4].username=operator",
                "styrledger.security.users[4].password-hash=$2a$04$imQNkRnDNSDXW2MeD3O3O.ccQDrusv805U0shLtpGeZNyKeH6fXu.",
                "styrledger.security.users[4].roles=ADMIN",
                "styrledger.security.users[5].username=kerstin.karlsson",
                "styrledger.security.users[5].password-hash=$2a$04$hQ5QtSC0raom5VN0SVOYN.9wSE7QvKhVn2Dxg19xlgApax4rgRIJ2",
                "styrledger.security.users[5].roles=RECORDER",
                // The rights matrix's own recorder (password clerk-pass): the rights it is granted stay its own.
                "styrledger.security.users[6].username=matrix-clerk",
                "styrledger.security.users[6].password-hash=$2a$04$x24XMHubK/xX/CKOAjarT.gP1lv/.t4IJEqx1bYf4ke2y4hsEIa3i",
                "styrledger.security.users[6].roles=RECORDER",
                "styrledger.recording-rights.bootstrap.accounts=demo,recorder,kerstin.karlsson"})
public abstract class LedgerHttpTest {

    private static final Path DATA = TestDatabase.freshDirectory();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("styrledger.embedded-postgres.data-directory", DATA::toString);
    }

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ObjectMapper json;

    protected HttpApi api() {
        return new HttpApi("http://localhost:" + port, json);
    }

    protected long eventCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /** The position of the newest event: what a read waits for (minPosition) after a write that answered no position. */
    protected long headPosition() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** Establishes a kommunfullmäktige of its own for one test and returns its id. */
    protected UUID council() {
        JsonNode created = api().post("/api/v1/units", """
                {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                 "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}
                """).expect(201).body();
        return UUID.fromString(created.get("id").asText());
    }

    protected static String decision(UUID decidedBy, String decidedOn) {
        return """
                {"decidedBy": "%s", "decidedOn": "%s", "paragraph": "§ 90", "caseNumber": "KS 2019/0458"}
                """.formatted(decidedBy, decidedOn);
    }
}
