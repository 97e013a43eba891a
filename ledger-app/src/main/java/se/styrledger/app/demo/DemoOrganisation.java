package se.styrledger.app.demo;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static se.styrledger.app.demo.DemoDecisions.decision;

/**
 * Trelleborgs kommun as the source policy describes it: KF, KS with kommunledningsförvaltningen, eight nämnder with
 * their förvaltningar, and seven bolag (§2: "förvaltningar och sju bolag"). The names are illustrative.
 */
@Component
public class DemoOrganisation implements DemoPart {

    public static final UUID COUNCIL = DemoClient.id("unit:Kommunfullmäktige");
    public static final UUID EXECUTIVE_BOARD = DemoClient.id("unit:Kommunstyrelsen");

    /** Each nämnd with the förvaltning that serves it. */
    public static final Map<String, String> COMMITTEES = committees();

    public static final List<String> COMPANIES = List.of(
            "Trelleborgs Rådhus AB", "AB Trelleborgshem", "Trelleborgs Hamn AB", "Trelleborg Energi AB",
            "Trelleborgs Fjärrvärme AB", "AB Trelleborgs Industrifastigheter", "Trelleborg Vatten AB");

    private static Map<String, String> committees() {
        Map<String, String> committees = new LinkedHashMap<>();
        committees.put("Socialnämnden", "Socialförvaltningen");
        committees.put("Vård- och omsorgsnämnden", "Vård- och omsorgsförvaltningen");
        committees.put("Utbildningsnämnden", "Utbildningsförvaltningen");
        committees.put("Kultur- och fritidsnämnden", "Kultur- och fritidsförvaltningen");
        committees.put("Tekniska nämnden", "Tekniska förvaltningen");
        committees.put("Miljö- och hälsoskyddsnämnden", "Miljöförvaltningen");
        committees.put("Byggnadsnämnden", "Samhällsbyggnadsförvaltningen");
        committees.put("Arbetsmarknadsnämnden", "Arbetsmarknadsförvaltningen");
        return committees;
    }

    public static UUID unit(String name) {
        return DemoClient.id("unit:" + name);
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public void load(DemoClient client) {
        establish(client, COUNCIL, "Kommunfullmäktige", "COUNCIL", null,
                Map.of("decidedOn", "2014-10-15", "paragraph", "§ 1", "caseNumber", "KS 2014/0001"));
        establish(client, EXECUTIVE_BOARD, "Kommunstyrelsen", "EXECUTIVE_BOARD", COUNCIL,
                decision(COUNCIL, "2014-10-15", "§ 2", "KS 2014/0002"));
        establish(client, unit("Kommunledningsförvaltningen"), "Kommunledningsförvaltningen", "ADMINISTRATION",
                EXECUTIVE_BOARD, decision(EXECUTIVE_BOARD, "2014-11-03", "§ 140", "KS 2014/0410"));
        int paragraph = 10;
        for (Map.Entry<String, String> committee : COMMITTEES.entrySet()) {
            UUID committeeId = unit(committee.getKey());
            establish(client, committeeId, committee.getKey(), "COMMITTEE", COUNCIL,
                    decision(COUNCIL, "2014-12-15", "§ " + paragraph++, "KS 2014/0500"));
            establish(client, unit(committee.getValue()), committee.getValue(), "ADMINISTRATION", committeeId,
                    decision(committeeId, "2015-01-20", "§ 1", "KS 2015/0010"));
        }
        for (String company : COMPANIES) {
            establish(client, unit(company), company, "COMPANY", COUNCIL,
                    decision(COUNCIL, "2014-12-15", "§ " + paragraph++, "KS 2014/0510"));
        }
    }

    private static void establish(DemoClient client, UUID id, String name, String kind, UUID parentId,
                                  Map<String, Object> decision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", id);
        body.put("name", name);
        body.put("kind", kind);
        body.put("parentId", parentId);
        body.put("decision", decision);
        client.post("/api/v1/units", body);
    }
}
