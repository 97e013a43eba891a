package se.styrledger.app.demo;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static se.styrledger.app.demo.DemoDecisions.decision;
import static se.styrledger.app.demo.DemoOrganisation.COUNCIL;
import static se.styrledger.app.demo.DemoOrganisation.EXECUTIVE_BOARD;
import static se.styrledger.app.demo.DemoOrganisation.unit;
import static se.styrledger.app.demo.DemoRedThread.body;
import static se.styrledger.app.demo.DemoRedThread.directionGoal;

/**
 * Trelleborg's styrdokument in the structure of §7: the flerårsplan with the inriktningsmål, kommun-wide policies
 * under KF, a strategy and riktlinjer under KS and the nämnder, reglementen, and ägardirektiv and a bolagsordning for
 * the bolag. Over the years some were revised, confirmed as current, replaced or repealed, and several are now
 * overdue for their aktualitetsprövning. Titles follow the source material; dates, § and diarienummer are
 * illustrative.
 */
@Component
public class DemoGoverningDocuments implements DemoPart {

    private static final String PATH = "/api/v1/governing-documents";

    public static UUID document(String key) {
        return DemoClient.id("governing-document:" + key);
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "styrdokument";
    }

    @Override
    public void load(DemoClient client) {
        multiYearPlans(client);
        policies(client);
        strategyAndGuidelines(client);
        charters(client);
        companies(client);
        actionPlans(client);
    }

    private static void multiYearPlans(DemoClient client) {
        adopt(client, "flerarsplan-2025", "MULTI_YEAR_PLAN", "Budget 2025 med flerårsplan 2026–2027", "Ekonomichef",
                wholeKommun(), body("validUntil", "2025-12-31", "statedDirectionGoalIds", goals()),
                decision(COUNCIL, "2024-06-17", "§ 88", "KS 2024/0210"));
        adopt(client, "flerarsplan-2026", "MULTI_YEAR_PLAN", "Budget 2026 med flerårsplan 2027–2028", "Ekonomichef",
                wholeKommun(), body("validUntil", "2026-12-31", "statedDirectionGoalIds", goals()),
                decision(COUNCIL, "2025-06-16", "§ 87", "KS 2025/0210"));
    }

    private static void policies(DemoClient client) {
        adopt(client, "ledning-och-styrning", "POLICY", "Policy för ledning och styrning – ledningssystem",
                "Kvalitetsstrateg", wholeKommun(), body("reviewDue", "2019-03-31",
                        "publishedText", body("url", "https://www.trelleborg.se/styrdokument/policy-ledning-och-styrning.pdf")),
                decision(COUNCIL, "2015-03-30", "§ 45", "KS 2015/0087"));
        post(client, "ledning-och-styrning", "confirm-current", body("reviewDue", "2023-04-30",
                "decision", decision(COUNCIL, "2019-04-29", "§ 62", "KS 2019/0120")));
        post(client, "ledning-och-styrning", "change-owner", body("owner", "Kommundirektör",
                "decision", decision(COUNCIL, "2020-02-24", "§ 18", "KS 2020/0041")));
        adopt(client, "kommunikation", "POLICY", "Kommunikationspolicy", "Kommunikationschef", wholeKommun(),
                body("reviewDue", "2025-06-30"), decision(COUNCIL, "2015-04-27", "§ 56", "KS 2015/0102"));
        adopt(client, "kvalitet", "POLICY", "Kvalitetspolicy", "Kvalitetsstrateg", wholeKommun(),
                body("reviewDue", "2022-03-31"), decision(COUNCIL, "2018-03-26", "§ 40", "KS 2018/0077"));
        post(client, "kvalitet", "revise", content("Kvalitetspolicy", "Kvalitetsstrateg", wholeKommun(),
                body("reviewDue", "2026-12-31",
                        "publishedText", body("sha256", "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b")),
                decision(COUNCIL, "2022-03-28", "§ 41", "KS 2022/0064")));
        adopt(client, "alkohol-och-droger", "POLICY", "Policy för alkohol och droger", "HR-chef", wholeKommun(),
                body("reviewDue", "2019-12-31"), decision(COUNCIL, "2015-09-28", "§ 130", "KS 2015/0301"));
        post(client, "alkohol-och-droger", "repeal", body("decision", decision(COUNCIL, "2021-02-22", "§ 21",
                "KS 2021/0033")));
        adopt(client, "brukarinflytande", "POLICY", "Policy för brukarinflytande", "Socialchef",
                units("Socialnämnden", "Socialförvaltningen"), body("reviewDue", "2024-06-30"),
                decision(unit("Socialnämnden"), "2020-05-19", "§ 71", "SOC 2020/0115"));
    }

    private static void strategyAndGuidelines(DemoClient client) {
        adopt(client, "medborgardialog", "STRATEGY", "Strategi för medborgardialog", "Kommunikationschef",
                wholeKommun(), body("validUntil", "2026-12-31", "reviewDue", "2024-12-31"),
                decision(EXECUTIVE_BOARD, "2021-03-08", "§ 52", "KS 2021/0058"));
        adopt(client, "riktlinjer-styrdokument", "GUIDELINE", "Riktlinjer för styrdokument", "Kanslichef",
                wholeKommun(), body("reviewDue", "2027-01-31", "parentDocumentId", document("ledning-och-styrning")),
                decision(EXECUTIVE_BOARD, "2016-01-11", "§ 4", "KS 2015/0420"));
        adopt(client, "forsorjningsstod", "GUIDELINE", "Riktlinje för ekonomiskt bistånd", "Verksamhetschef försörjningsstöd",
                units("Arbetsmarknadsnämnden"), body("reviewDue", "2026-02-28"),
                decision(unit("Arbetsmarknadsnämnden"), "2023-02-15", "§ 12", "ARB 2023/0019"));
        adopt(client, "bistandsbedomning", "GUIDELINE", "Riktlinjer för biståndsbedömning inom äldreomsorgen",
                "Biståndschef", units("Vård- och omsorgsnämnden"),
                body("reviewDue", "2027-06-30", "parentDocumentId", document("kvalitet")),
                decision(unit("Vård- och omsorgsnämnden"), "2022-06-21", "§ 77", "VOO 2022/0140"));
    }

    private static void charters(DemoClient client) {
        adopt(client, "reglemente-socialnamnden", "CHARTER", "Reglemente för socialnämnden", "Kanslichef",
                units("Socialnämnden"), body("reviewDue", "2027-12-31"),
                decision(COUNCIL, "2018-12-17", "§ 190", "KS 2018/0455"));
        adopt(client, "attestreglemente", "CHARTER", "Attestreglemente", "Ekonomichef", wholeKommun(),
                body("reviewDue", "2025-10-31"), decision(COUNCIL, "2017-11-27", "§ 170", "KS 2017/0398"));
    }

    private static void companies(DemoClient client) {
        adopt(client, "agardirektiv-trelleborgshem", "OWNER_DIRECTIVE", "Ägardirektiv för AB Trelleborgshem",
                "Kommundirektör", units("AB Trelleborgshem"), body("reviewDue", "2023-04-30"),
                decision(COUNCIL, "2019-04-29", "§ 63", "KS 2019/0118"));
        adopt(client, "agardirektiv-trelleborgshem-2024", "OWNER_DIRECTIVE", "Ägardirektiv för AB Trelleborgshem 2024",
                "Kommundirektör", units("AB Trelleborgshem"), body("reviewDue", "2028-04-30"),
                decision(COUNCIL, "2024-04-22", "§ 58", "KS 2024/0101"));
        post(client, "agardirektiv-trelleborgshem", "replace", body("replacedBy",
                document("agardirektiv-trelleborgshem-2024"), "decision", decision(COUNCIL, "2024-04-22", "§ 58",
                "KS 2024/0101")));
        adopt(client, "bolagsordning-trelleborgshem", "ARTICLES_OF_ASSOCIATION", "Bolagsordning för AB Trelleborgshem",
                "Kommundirektör", units("AB Trelleborgshem"), Map.of(),
                decision(COUNCIL, "2019-04-29", "§ 64", "KS 2019/0119"));
        adopt(client, "agardirektiv-hamn", "OWNER_DIRECTIVE", "Ägardirektiv för Trelleborgs Hamn AB", "Kommundirektör",
                units("Trelleborgs Hamn AB"), body("reviewDue", "2025-12-31"),
                decision(COUNCIL, "2021-05-31", "§ 98", "KS 2021/0160"));
    }

    private static void actionPlans(DemoClient client) {
        adopt(client, "avfallsplan", "STATUTORY_PLAN", "Avfallsplan 2022–2030", "Avfallschef", wholeKommun(),
                body("validUntil", "2030-12-31", "reviewDue", "2026-06-30"),
                decision(COUNCIL, "2021-11-29", "§ 201", "KS 2021/0377"));
        adopt(client, "nedskrapning", "ACTION_PLAN", "Handlingsplan mot nedskräpning 2024–2026", "Avfallschef",
                units("Tekniska nämnden", "Tekniska förvaltningen"),
                body("validUntil", "2026-12-31", "parentDocumentId", document("avfallsplan")),
                decision(unit("Tekniska nämnden"), "2023-12-12", "§ 140", "TN 2023/0233"));
    }

    private static List<UUID> goals() {
        return List.of(directionGoal("trygghet-23"), directionGoal("aldre-23"), directionGoal("forsorjning-23"),
                directionGoal("skola-23"), directionGoal("renare-23"), directionGoal("infrastruktur-23"));
    }

    private static Map<String, Object> wholeKommun() {
        return body("wholeMunicipality", true);
    }

    private static Map<String, Object> units(String... names) {
        return body("unitIds", List.of(names).stream().map(DemoOrganisation::unit).toList());
    }

    private static Map<String, Object> content(String title, String owner, Map<String, Object> scope,
                                               Map<String, Object> rest, Map<String, Object> decision) {
        Map<String, Object> body = body("title", title, "owner", owner, "scope", scope);
        body.putAll(rest);
        body.put("decision", decision);
        return body;
    }

    private static void adopt(DemoClient client, String key, String type, String title, String owner,
                              Map<String, Object> scope, Map<String, Object> rest, Map<String, Object> decision) {
        Map<String, Object> body = body("documentId", document(key), "type", type);
        body.putAll(content(title, owner, scope, rest, decision));
        client.post(PATH, body);
    }

    private static void post(DemoClient client, String key, String action, Map<String, Object> body) {
        client.post(PATH + "/" + document(key) + "/" + action, body);
    }
}
