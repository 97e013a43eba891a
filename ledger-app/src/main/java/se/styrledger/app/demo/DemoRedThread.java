package se.styrledger.app.demo;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static se.styrledger.app.demo.DemoDecisions.decision;
import static se.styrledger.app.demo.DemoOrganisation.COUNCIL;
import static se.styrledger.app.demo.DemoOrganisation.unit;

/**
 * The röd tråd of the source policy over a realistic timeline: KF's vision and three strategiska inriktningar (§8),
 * inriktningsmål for the mandatperioder 2019–2022 and 2023–2026 adopted with the budget each June, and every nämnd's
 * and bolag's effektmål, verksamhetsplan and aktiviteter adopted in the autumn for the coming year — among them the
 * policy's own examples from figures 5 and 6. Kolada ids and figures are illustrative.
 */
@Component
public class DemoRedThread implements DemoPart {

    public static final UUID VISION = DemoClient.id("vision:Trelleborg");
    public static final int FIRST_YEAR = 2022;
    public static final int LAST_YEAR = 2026;

    /** An inriktningsmål: its strategisk inriktning, title and mandatperiod. */
    private record DirectionGoal(String key, String direction, String title, int fromYear, int toYear) {
    }

    /** An effektmål of one unit: the inriktningsmål it links to, its målgrupp and effekt, and its activities. */
    private record Commitment(String unit, String directionGoal, String title, String targetGroup, String effect,
                              String indicator, BigDecimal target, List<String> activities) {
    }

    private static final Map<String, List<String>> DIRECTIONS = Map.of(
            "Livskvalitet", List.of("hälsa", "trygghet", "boende", "upplevelser"),
            "Arbete", List.of("näringsliv", "utbildning", "självförsörjning"),
            "Långsiktig hållbar tillväxt", List.of("miljö", "ekonomi", "infrastruktur"));

    private static final List<DirectionGoal> DIRECTION_GOALS = List.of(
            new DirectionGoal("trygghet-19", "Livskvalitet", "Trelleborgarna upplever en ökad trygghet", 2019, 2022),
            new DirectionGoal("trygghet-23", "Livskvalitet", "Trelleborgarna upplever en ökad trygghet i hela kommunen", 2023, 2026),
            new DirectionGoal("aldre-19", "Livskvalitet", "Fler äldre kan leva ett självständigt liv", 2019, 2022),
            new DirectionGoal("aldre-23", "Livskvalitet", "Fler äldre kan leva ett självständigt och aktivt liv", 2023, 2026),
            new DirectionGoal("forsorjning-19", "Arbete", "Fler unga går från bidrag till egen försörjning", 2019, 2022),
            new DirectionGoal("forsorjning-23", "Arbete", "Fler unga går från bidrag till egen försörjning", 2023, 2026),
            new DirectionGoal("skola-19", "Arbete", "Fler elever lämnar skolan med godkända betyg", 2019, 2022),
            new DirectionGoal("skola-23", "Arbete", "Fler elever lämnar skolan med godkända betyg", 2023, 2026),
            new DirectionGoal("renare-19", "Långsiktig hållbar tillväxt", "Ett renare Trelleborg med mer återvinning", 2019, 2022),
            new DirectionGoal("renare-23", "Långsiktig hållbar tillväxt", "Ett renare Trelleborg med mer återvinning", 2023, 2026),
            new DirectionGoal("infrastruktur-19", "Långsiktig hållbar tillväxt", "En hållbar infrastruktur", 2019, 2022),
            new DirectionGoal("infrastruktur-23", "Långsiktig hållbar tillväxt", "En trygg och hållbar infrastruktur", 2023, 2026));

    private static final List<Commitment> COMMITMENTS = List.of(
            new Commitment("Tekniska nämnden", "renare", "Mindre nedskräpning och ökad materialåtervinning",
                    "Kommuninvånarna", "Kommuninvånarna får mindre nedskräpning och ökad materialåtervinning",
                    "Andel hushållsavfall insamlat för materialåtervinning", new BigDecimal("45"),
                    List.of("Inköp av 2-fackssopbilar och matavfallskärl", "Framtagande av nya hämtningsrutiner",
                            "Informationsinsatser kring återvinningssystem")),
            new Commitment("Arbetsmarknadsnämnden", "forsorjning", "Ökad andel unga med varaktig självförsörjning",
                    "Unga 18–24 år som söker försörjningsstöd", "Ökad andel unga har en varaktig självförsörjning",
                    "Andel unga 18–24 år med försörjningsstöd", new BigDecimal("6.5"),
                    List.of("Genomförande av rekryteringsutbildningar", "Ökad tillgänglighet vid öppen mottagning",
                            "Ökad samverkan med sjukvården")),
            new Commitment("Socialnämnden", "trygghet", "Tidigt stöd till barn i utsatta familjer",
                    "Barn och unga 0–17 år i familjer med missbruk eller våld",
                    "Barnen får stöd inom en månad från första kontakt",
                    "Andel barn som får stöd inom en månad från första kontakt", new BigDecimal("80"), List.of("Familjecentral i Anderslöv", "Samordnade insatser med skolan")),
            new Commitment("Vård- och omsorgsnämnden", "aldre", "Äldre i hemtjänsten upplever ökad trygghet",
                    "Personer 65 år och äldre med hemtjänst", "Brukarna känner sig trygga med hemtjänsten",
                    "Andel brukare som känner sig trygga med hemtjänsten, brukarenkät", new BigDecimal("85"),
                    List.of("Fast omsorgskontakt för varje brukare", "Digitala nyckellås i hemtjänsten")),
            new Commitment("Utbildningsnämnden", "skola", "Fler elever behöriga till gymnasiet",
                    "Elever i årskurs 7–9", "Fler elever når behörighet till yrkesprogram",
                    "Andel elever i åk 9 behöriga till yrkesprogram", new BigDecimal("88"),
                    List.of("Läxhjälp på alla högstadieskolor", "Lovskola i matematik")),
            new Commitment("Kultur- och fritidsnämnden", "trygghet", "Fler unga deltar i fritidsaktiviteter",
                    "Unga 13–19 år i Trelleborgs tätort", "Unga har meningsfulla och trygga mötesplatser på kvällstid",
                    "Andel unga 13–19 år som deltar i en fritidsaktivitet varje vecka, ungdomsenkät",
                    new BigDecimal("60"),
                    List.of("Förlängda öppettider på fritidsgårdarna", "Sommarlovsaktiviteter")),
            new Commitment("AB Trelleborgshem", "trygghet", "Tryggare bostadsområden",
                    "Hyresgästerna i AB Trelleborgshem", "Hyresgästerna upplever ökad trygghet i sitt bostadsområde",
                    "Trygghetsindex, hyresgästenkät", new BigDecimal("75"),
                    List.of("Belysning i trapphus och på gårdar", "Trygghetsvandringar med hyresgäster")),
            new Commitment("Trelleborg Vatten AB", "infrastruktur", "Säker dricksvattenförsörjning",
                    "Abonnenterna i kommunen", "Abonnenterna får dricksvatten utan oplanerade avbrott",
                    "Antal oplanerade avbrott i dricksvattenleveransen", new BigDecimal("12"),
                    List.of("Förnyelse av ledningsnätet i Skoghem", "Reservvattentäkt i Smygehamn")));

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("Andel hushållsavfall insamlat för materialåtervinning", "procent", "HIGHER_IS_BETTER", "KOLADA", "U07801"),
            new Indicator("Andel unga 18–24 år med försörjningsstöd", "procent", "LOWER_IS_BETTER", "KOLADA", "N31807"),
            new Indicator("Andel barn som får stöd inom en månad från första kontakt", "procent", "HIGHER_IS_BETTER",
                    "OWN_MEASUREMENT", null),
            new Indicator("Andel brukare som känner sig trygga med hemtjänsten, brukarenkät", "procent",
                    "HIGHER_IS_BETTER", "OWN_MEASUREMENT", null),
            new Indicator("Andel unga 13–19 år som deltar i en fritidsaktivitet varje vecka, ungdomsenkät", "procent",
                    "HIGHER_IS_BETTER", "OWN_MEASUREMENT", null),
            new Indicator("Trygghetsindex, hyresgästenkät", "index", "HIGHER_IS_BETTER", "OWN_MEASUREMENT", null),
            new Indicator("Antal oplanerade avbrott i dricksvattenleveransen", "antal", "LOWER_IS_BETTER",
                    "OWN_MEASUREMENT", null),
            new Indicator("Andel elever i åk 9 behöriga till yrkesprogram", "procent", "HIGHER_IS_BETTER", "KOLADA", "N15419"));

    private record Indicator(String name, String unitOfMeasure, String direction, String source, String kpi) {
    }

    public static UUID indicator(String name) {
        return DemoClient.id("indicator:" + name);
    }

    public static UUID effectGoal(String unit, int year) {
        return DemoClient.id("effect-goal:" + unit + ":" + year);
    }

    public static UUID directionGoal(String key) {
        return DemoClient.id("direction-goal:" + key);
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "röd tråd";
    }

    @Override
    public void load(DemoClient client) {
        client.post("/api/v1/visions", body("visionId", VISION,
                "text", "Trelleborg ska vara en framgångskommun med hög livskvalitet och en långsiktigt hållbar tillväxt.",
                "decision", decision(COUNCIL, "2015-06-15", "§ 98", "KS 2015/0312")));
        for (Map.Entry<String, List<String>> direction : DIRECTIONS.entrySet()) {
            client.post("/api/v1/strategic-directions", body("directionId", DemoClient.id("direction:" + direction.getKey()),
                    "visionId", VISION, "name", direction.getKey(), "themes", direction.getValue(),
                    "decision", decision(COUNCIL, "2015-06-15", "§ 98", "KS 2015/0312")));
        }
        for (DirectionGoal goal : DIRECTION_GOALS) {
            String budgetMeeting = (goal.fromYear() - 1) + "-06-18";
            client.post("/api/v1/direction-goals", body("goalId", directionGoal(goal.key()),
                    "directionId", DemoClient.id("direction:" + goal.direction()), "title", goal.title(),
                    "fromYear", goal.fromYear(), "toYear", goal.toYear(),
                    "decision", decision(COUNCIL, budgetMeeting, "§ 87", "KS " + (goal.fromYear() - 1) + "/0210")));
        }
        for (Indicator indicator : INDICATORS) {
            client.post("/api/v1/indicators", body("indicatorId", indicator(indicator.name()), "name", indicator.name(),
                    "unitOfMeasure", indicator.unitOfMeasure(), "direction", indicator.direction(),
                    "source", indicator.source(), "koladaKpiId", indicator.kpi()));
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (Commitment commitment : COMMITMENTS) {
                commit(client, commitment, year);
            }
            for (String unit : DemoOrganisation.COMMITTEES.keySet()) {
                adoptPlan(client, unit, year);
            }
        }
        // KF sharpened one inriktningsmål mid-period; the revision is a new version under the same id.
        client.post("/api/v1/direction-goals/" + directionGoal("renare-23") + "/revise", body(
                "directionId", DemoClient.id("direction:Långsiktig hållbar tillväxt"),
                "title", "Ett renare Trelleborg med mindre avfall och mer återvinning", "fromYear", 2023, "toYear", 2026,
                "decision", decision(COUNCIL, "2024-06-17", "§ 91", "KS 2024/0233")));
    }

    private static void commit(DemoClient client, Commitment commitment, int year) {
        UUID owner = unit(commitment.unit());
        String autumn = (year - 1) + "-10-" + (10 + commitment.unit().length() % 15);
        String period = year <= 2022 ? "-19" : "-23";
        UUID goal = effectGoal(commitment.unit(), year);
        String caseNumber = abbreviation(commitment.unit()) + " " + (year - 1) + "/0" + (100 + year % 100);
        client.post("/api/v1/effect-goals", body("goalId", goal, "ownerUnitId", owner, "year", year,
                "title", commitment.title(), "targetGroup", commitment.targetGroup(),
                "intendedEffect", commitment.effect(),
                "directionGoalIds", List.of(directionGoal(commitment.directionGoal() + period)),
                "decision", decision(owner, autumn, "§ " + (40 + year % 10), caseNumber)));
        Map<String, Object> period1 = body("kind", "YEAR", "year", year, "number", 1);
        client.post("/api/v1/effect-goals/" + goal + "/indicators", body("indicatorId", indicator(commitment.indicator()),
                "target", body("value", commitment.target(), "period", period1),
                "decision", decision(owner, autumn, "§ " + (40 + year % 10), caseNumber)));
        String plannedOn = (year - 1) + "-11-" + (12 + commitment.unit().length() % 10);
        int month = 3;
        for (String activity : commitment.activities()) {
            UUID activityId = DemoClient.id("activity:" + commitment.unit() + ":" + year + ":" + activity);
            client.post("/api/v1/activities", body("activityId", activityId, "effectGoalId", goal, "title", activity,
                    "responsible", "Förvaltningschef, " + commitment.unit(), "dueDate", year + "-" + pad(month + 3) + "-30",
                    "decision", decision(owner, plannedOn, "§ " + (60 + year % 10), caseNumber)));
            progress(client, activityId, year, month);
            month += 2;
        }
        if (commitment.unit().equals("Tekniska nämnden") && year >= 2024) {
            changeTheory(client, goal, decision(owner, plannedOn, "§ " + (61 + year % 10), caseNumber),
                    "Inköp av 2-fackssopbilar och matavfallskärl", "Nytt insamlingssystem för avfall införs",
                    "Separat insamling av förpackningsavfall och tidningar", commitment.effect());
        }
        if (commitment.unit().equals("Arbetsmarknadsnämnden") && year >= 2024) {
            changeTheory(client, goal, decision(owner, plannedOn, "§ " + (61 + year % 10), caseNumber),
                    "Rekryteringsutbildningar för unga som söker försörjningsstöd",
                    "Unga sökande får ökad motivation och bättre självförtroende",
                    "Unga sökande påbörjar en anställning", commitment.effect());
        }
    }

    /** The policy's figure 6: aktivitet → utfall → resultat → effekt. */
    private static void changeTheory(DemoClient client, UUID goal, Map<String, Object> decision, String activity,
                                     String output, String result, String effect) {
        client.post("/api/v1/effect-goals/" + goal + "/change-theory", body("steps", List.of(
                body("kind", "ACTIVITY", "text", activity), body("kind", "OUTPUT", "text", output),
                body("kind", "RESULT", "text", result), body("kind", "EFFECT", "text", effect)),
                "decision", decision));
    }

    /** Past years' activities are done (one cancelled now and then); this year's are under way. */
    private static void progress(DemoClient client, UUID activityId, int year, int month) {
        String started = year + "-" + pad(month) + "-01";
        if (year >= LAST_YEAR && month > 9) {
            return;
        }
        client.post("/api/v1/activities/" + activityId + "/status", body("status", "IN_PROGRESS",
                "comment", "Arbetet har startat enligt plan.", "changedOn", started));
        if (year < LAST_YEAR) {
            boolean cancelled = (activityId.hashCode() & 7) == 0;
            client.post("/api/v1/activities/" + activityId + "/status", body("status", cancelled ? "CANCELLED" : "DONE",
                    "comment", cancelled ? "Inställd: ersatt av en regional satsning." : "Genomförd enligt plan.",
                    "changedOn", year + "-" + pad(month + 3) + "-28"));
        }
    }

    private static void adoptPlan(DemoClient client, String unit, int year) {
        UUID owner = unit(unit);
        List<UUID> goals = new ArrayList<>();
        for (Commitment commitment : COMMITMENTS) {
            if (commitment.unit().equals(unit)) {
                goals.add(effectGoal(unit, year));
            }
        }
        BigDecimal frame = BigDecimal.valueOf(150_000_000L + (long) unit.length() * 9_000_000L + (year - 2020) * 4_000_000L);
        client.post("/api/v1/operational-plans", body("planId", DemoClient.id("plan:" + unit + ":" + year),
                "unitId", owner, "year", year, "summary", unit + "s verksamhetsplan " + year, "budgetFrame", frame,
                "effectGoalIds", goals,
                "decision", decision(owner, (year - 1) + "-11-" + (20 + unit.length() % 8), "§ 71",
                        abbreviation(unit) + " " + (year - 1) + "/0300")));
    }

    private static String abbreviation(String unit) {
        return unit.substring(0, Math.min(3, unit.length())).toUpperCase();
    }

    private static String pad(int month) {
        return month < 10 ? "0" + month : String.valueOf(month);
    }

    /** A JSON object from alternating keys and values, keeping their order. */
    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
