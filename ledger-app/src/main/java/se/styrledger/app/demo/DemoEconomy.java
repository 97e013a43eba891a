package se.styrledger.app.demo;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static se.styrledger.app.demo.DemoDecisions.decision;
import static se.styrledger.app.demo.DemoOrganisation.COUNCIL;
import static se.styrledger.app.demo.DemoOrganisation.EXECUTIVE_BOARD;
import static se.styrledger.app.demo.DemoOrganisation.unit;
import static se.styrledger.app.demo.DemoRedThread.body;

/**
 * Ekonomi and intern kontroll for the demo years, recorded before the follow-up part so each closed report freezes
 * them: KF's finansiella mål, KF's budget each June with a ram per nämnd and two bolag's financial targets, a tilläggsbudget each
 * spring, monthly utfall and a prognos per tertial, and each nämnd's internkontrollplan with its controls, one
 * avvikelse a year with its åtgärd, and its report to KS. What revisorer should find: Socialnämnden's prognos over
 * its ram without åtgärder in the last year, a control Utbildningsnämnden never performed, and no plan at all for
 * Byggnadsnämnden. The figures are illustrative.
 */
@Component
public class DemoEconomy implements DemoPart {

    /** Each nämnd's ram in the first demo year, in kronor; it grows by three percent a year. */
    private static final Map<String, Long> FRAMES = frames();
    private static final List<String> WITHOUT_PLAN = List.of("Byggnadsnämnden");

    private final Clock clock;

    public DemoEconomy(Clock clock) {
        this.clock = clock;
    }

    private static Map<String, Long> frames() {
        Map<String, Long> frames = new LinkedHashMap<>();
        frames.put("Kommunstyrelsen", 262_000_000L);
        frames.put("Socialnämnden", 520_000_000L);
        frames.put("Vård- och omsorgsnämnden", 980_000_000L);
        frames.put("Utbildningsnämnden", 1_350_000_000L);
        frames.put("Kultur- och fritidsnämnden", 140_000_000L);
        frames.put("Tekniska nämnden", 210_000_000L);
        frames.put("Miljö- och hälsoskyddsnämnden", 28_000_000L);
        frames.put("Byggnadsnämnden", 35_000_000L);
        frames.put("Arbetsmarknadsnämnden", 160_000_000L);
        return frames;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public String name() {
        return "ekonomi och intern kontroll";
    }

    @Override
    public void load(DemoClient client) {
        LocalDate today = LocalDate.now(clock);
        financialGoal(client, today);
        for (int year = DemoRedThread.FIRST_YEAR; year <= DemoRedThread.LAST_YEAR + 1; year++) {
            if (LocalDate.of(year - 1, 6, 20).isAfter(today)) {
                break;
            }
            budget(client, year, today);
            for (int month = 1; month <= 12 && !YearMonth.of(year, month).atEndOfMonth().isAfter(today.minusDays(1));
                 month++) {
                outcomes(client, year, month);
                if (month % 4 == 0) {
                    forecasts(client, year, month / 4);
                }
            }
            for (String committee : FRAMES.keySet()) {
                if (!committee.equals("Kommunstyrelsen") && !WITHOUT_PLAN.contains(committee)) {
                    internalControl(client, committee, year, today);
                }
            }
        }
    }

    /**
     * KF's finansiella mål for the mandatperiod, an inriktningsmål with an indicator like any other (ADR 0089), and
     * the result each closed year.
     */
    private static void financialGoal(DemoClient client, LocalDate today) {
        UUID goal = DemoRedThread.directionGoal("ekonomi-23");
        String name = "Resultat i procent av skatteintäkter och generella statsbidrag";
        UUID indicator = DemoRedThread.indicator(name);
        client.post("/api/v1/direction-goals", body("goalId", goal,
                "directionId", DemoClient.id("direction:Långsiktig hållbar tillväxt"),
                "title", "God ekonomisk hushållning: resultatet är minst 2 % av skatteintäkter och generella statsbidrag",
                "fromYear", 2023, "toYear", 2026,
                "decision", decision(COUNCIL, "2022-06-20", "§ 88", "KS 2022/0211")));
        client.post("/api/v1/indicators", body("indicatorId", indicator, "name", name, "unitOfMeasure", "procent",
                "direction", "HIGHER_IS_BETTER", "source", "OWN_MEASUREMENT"));
        client.post("/api/v1/direction-goals/" + goal + "/indicators", body("indicatorId", indicator,
                "target", body("value", 2, "period", body("kind", "YEAR", "year", 2026, "number", 1)),
                "decision", decision(COUNCIL, "2022-06-20", "§ 88", "KS 2022/0211")));
        Map<Integer, String> results = Map.of(2023, "2.4", 2024, "1.6", 2025, "2.1");
        for (int year = 2023; year < today.getYear() && results.containsKey(year); year++) {
            client.post("/api/v1/indicator-values", body("valueId", DemoClient.id("financial-result:" + year),
                    "indicatorId", indicator, "unitId", COUNCIL, "period", body("kind", "YEAR", "year", year,
                            "number", 1), "value", new BigDecimal(results.get(year)), "source", "Årsredovisning " + year));
        }
    }

    private static UUID unitId(String name) {
        return name.equals("Kommunstyrelsen") ? EXECUTIVE_BOARD : unit(name);
    }

    /** KF's ram after the year's tilläggsbudget: what utfall and prognoser are drawn around. */
    private static BigDecimal frame(String name, int year) {
        BigDecimal adopted = BigDecimal.valueOf(FRAMES.get(name))
                .multiply(BigDecimal.valueOf(1.03).pow(year - DemoRedThread.FIRST_YEAR))
                .setScale(-5, RoundingMode.HALF_UP).setScale(0, RoundingMode.UNNECESSARY);
        return name.equals("Socialnämnden") ? adopted.add(BigDecimal.valueOf(12_000_000)) : adopted;
    }

    /** How far each nämnd's net cost runs from its ram: Socialnämnden over it from 2025, the rest just under. */
    private static BigDecimal pace(String name, int year) {
        if (name.equals("Socialnämnden")) {
            return new BigDecimal(year >= 2025 ? "1.045" : "1.005");
        }
        return new BigDecimal("0.99").subtract(BigDecimal.valueOf(Math.floorMod(name.hashCode() + year, 3), 2));
    }

    private static void budget(DemoClient client, int year, LocalDate today) {
        List<Map<String, Object>> frames = new ArrayList<>();
        FRAMES.keySet().forEach(name -> frames.add(body("unitId", unitId(name), "amount",
                name.equals("Socialnämnden") ? frame(name, year).subtract(BigDecimal.valueOf(12_000_000))
                        : frame(name, year))));
        List<Map<String, Object>> targets = List.of(
                body("unitId", unit("AB Trelleborgshem"), "target", "Soliditet minst 15 %"),
                body("unitId", unit("Trelleborg Energi AB"), "target", "Avkastning på eget kapital minst 6 %"));
        String budget = client.post("/api/v1/budgets", body("year", year, "frames", frames,
                "companyTargets", targets, "decision", decision(COUNCIL, (year - 1) + "-06-20", "§ 95",
                        "KS " + (year - 1) + "/0300", year + "-01-01"))).get("id").asText();
        LocalDate amended = LocalDate.of(year, 4, 24);
        if (!amended.isAfter(today)) {
            client.post("/api/v1/budgets/" + budget + "/amendments", body("kind", "SUPPLEMENTARY", "changes",
                    List.of(body("unitId", unit("Socialnämnden"), "amount", 12_000_000)), "reason",
                    "Fler placeringar av barn och unga än budgeterat", "decision",
                    decision(COUNCIL, amended.toString(), "§ 48", "KS " + year + "/0210")));
        }
    }

    private static void outcomes(DemoClient client, int year, int month) {
        List<Map<String, Object>> outcomes = new ArrayList<>();
        FRAMES.keySet().forEach(name -> outcomes.add(body("unitId", unitId(name), "period",
                body("kind", "MONTH", "year", year, "number", month), "amount", frame(name, year)
                        .multiply(pace(name, year)).multiply(BigDecimal.valueOf(month))
                        .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP))));
        client.post("/api/v1/financial-outcomes", body("outcomes", outcomes));
    }

    private static void forecasts(DemoClient client, int year, int tertial) {
        for (String name : FRAMES.keySet()) {
            boolean over = pace(name, year).compareTo(BigDecimal.ONE) > 0;
            String remedy = over && year < DemoRedThread.LAST_YEAR
                    ? "Översyn av externa placeringar; fler insatser på hemmaplan" : null;
            client.post("/api/v1/forecasts", body("unitId", unitId(name), "period",
                    body("kind", "TERTIAL", "year", year, "number", tertial), "fullYear",
                    frame(name, year).multiply(pace(name, year)).setScale(-5, RoundingMode.HALF_UP)
                            .setScale(0, RoundingMode.UNNECESSARY),
                    "source", "Ekonomisystemet, prognos tertial " + tertial, "remedy", remedy));
        }
    }

    private static void internalControl(DemoClient client, String committee, int year, LocalDate today) {
        UUID committeeId = unit(committee);
        LocalDate adopted = LocalDate.of(year - 1, 12, 10);
        if (adopted.isAfter(today)) {
            return;
        }
        String key = committee + ":" + year;
        UUID paymentsRisk = DemoClient.id("risk:" + key + ":payments");
        UUID recordsRisk = DemoClient.id("risk:" + key + ":records");
        UUID spring = DemoClient.id("control:" + key + ":spring");
        UUID autumn = DemoClient.id("control:" + key + ":autumn");
        String plan = client.post("/api/v1/internal-control-plans", body("unitId", committeeId,
                "year", year,
                "risks", List.of(
                        body("riskId", paymentsRisk, "description", "Utbetalningar utan attesterat beslut",
                                "likelihood", 2, "consequence", 4),
                        body("riskId", recordsRisk, "description", "Bristande diarieföring och dokumentation",
                                "likelihood", 3, "consequence", 2)),
                "controls", List.of(
                        body("controlId", spring, "what", "Attest av utbetalningar", "how",
                                "Stickprov om 25 utbetalningar", "responsible", "Förvaltningens controller",
                                "due", year + "-04-30", "frequency", "två gånger per år", "riskId", paymentsRisk),
                        body("controlId", autumn, "what", "Diarieföring av inkomna handlingar", "how",
                                "Genomgång av 20 ärenden", "responsible", "Registrator", "due", year + "-10-31",
                                "frequency", "en gång per år", "riskId", recordsRisk)),
                "decision", decision(committeeId, adopted.toString(), "§ 160", "DNR " + (year - 1) + "/0900")))
                .get("id").asText();
        String path = "/api/v1/internal-control-plans/" + plan;
        LocalDate springDone = LocalDate.of(year, 4, 25);
        UUID deviation = DemoClient.id("deviation:" + key);
        if (!springDone.isAfter(today)) {
            client.post(path + "/controls/" + spring + "/results", body("performedOn", springDone.toString(),
                    "result", "2 av 25 utbetalningar saknade attest", "deviation",
                    body("deviationId", deviation, "description", "Utbetalning utan attest av behörig")));
        }
        LocalDate remedied = LocalDate.of(year, 5, 20);
        if (!remedied.isAfter(today)) {
            client.post(path + "/deviations/" + deviation + "/remedy", body("decidedOn", remedied.toString(),
                    "remedy", body("action", "Behörighetslistan uppdateras och attestanter utbildas",
                            "responsible", "Förvaltningschef", "due", year + "-09-30")));
        }
        LocalDate autumnDone = LocalDate.of(year, 10, 28);
        boolean forgotten = committee.equals("Utbildningsnämnden") && year == DemoRedThread.LAST_YEAR;
        if (!autumnDone.isAfter(today) && !forgotten) {
            client.post(path + "/controls/" + autumn + "/results", body("performedOn", autumnDone.toString(),
                    "result", "Alla 20 ärenden korrekt diarieförda"));
        }
        LocalDate reported = LocalDate.of(year, 11, 25);
        if (!reported.isAfter(today)) {
            client.post(path + "/report-to-executive-board", body("summary", "Uppföljning av internkontrollplan "
                    + year + ": en avvikelse, åtgärdad", "decision", decision(committeeId, reported.toString(),
                    "§ 140", "DNR " + year + "/0850")));
        }
    }
}
