package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrledger.app.demo.DemoClient;
import se.styrledger.app.demo.DemoGoverningDocuments;
import se.styrledger.app.demo.DemoOrganisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's styrdokument load through the public API onto the demo organisation and show Trelleborg's structure,
 * with the documents overdue for review that a kommun really has.
 */
class DemoGoverningDocumentsTest extends LedgerHttpTest {

    private static final List<String> DEMO_KEYS = List.of("flerarsplan-2025", "flerarsplan-2026",
            "ledning-och-styrning", "kommunikation", "kvalitet", "alkohol-och-droger", "brukarinflytande",
            "medborgardialog", "riktlinjer-styrdokument", "forsorjningsstod", "bistandsbedomning",
            "reglemente-socialnamnden", "attestreglemente", "agardirektiv-trelleborgshem",
            "agardirektiv-trelleborgshem-2024", "bolagsordning-trelleborgshem", "agardirektiv-hamn", "avfallsplan",
            "nedskrapning");

    @LocalServerPort
    private int port;

    private Set<UUID> demoIds() {
        Set<UUID> ids = new HashSet<>();
        DEMO_KEYS.forEach(key -> ids.add(DemoGoverningDocuments.document(key)));
        return ids;
    }

    private Set<String> demoValues(JsonNode list, String field) {
        Set<String> values = new HashSet<>();
        list.forEach(d -> {
            if (demoIds().contains(UUID.fromString(d.get("documentId").asText()))) {
                values.add(d.get(field).asText());
            }
        });
        return values;
    }

    @Test
    void theDemoHoldsTrelleborgsStyrdokumentWithSomeOverdueForReview() {
        DemoClient client = new DemoClient("http://localhost:" + port, "demo", "demo", json);
        new DemoOrganisation().load(client);
        new DemoGoverningDocuments().load(client);
        long position = client.lastPosition();

        JsonNode register = api().get("/api/v1/governing-documents?asOf=2026-06-01&minPosition=" + position)
                .expect(200).body();
        assertThat(demoValues(register, "typeLabel")).containsExactlyInAnyOrder("flerårsplan", "policy", "strategi",
                "riktlinje", "reglemente", "ägardirektiv", "bolagsordning", "lagstadgad plan", "handlingsplan");
        JsonNode overdue = api().get("/api/v1/governing-documents/overdue-review?asOf=2026-06-01").expect(200).body();
        assertThat(demoValues(overdue, "title")).containsExactlyInAnyOrder(
                "Policy för ledning och styrning – ledningssystem", "Kommunikationspolicy",
                "Policy för brukarinflytande", "Strategi för medborgardialog", "Riktlinje för ekonomiskt bistånd",
                "Attestreglemente", "Ägardirektiv för Trelleborgs Hamn AB");
        JsonNode company = api().get("/api/v1/governing-documents?asOf=2026-06-01&type=OWNER_DIRECTIVE&unitId="
                + DemoOrganisation.unit("AB Trelleborgshem")).expect(200).body();
        assertThat(demoValues(company, "title")).containsExactly("Ägardirektiv för AB Trelleborgshem 2024");
    }
}
