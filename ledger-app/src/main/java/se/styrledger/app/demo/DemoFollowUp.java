package se.styrledger.app.demo;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.styrledger.command.followup.FollowUpSettings;
import se.styrledger.events.followup.FollowUpReportKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static se.styrledger.app.demo.DemoDecisions.decision;
import static se.styrledger.app.demo.DemoOrganisation.COUNCIL;
import static se.styrledger.app.demo.DemoOrganisation.unit;
import static se.styrledger.app.demo.DemoRedThread.body;

/**
 * Follow-up for the demo years: values of every effektmål's indicator per tertial and year (and per month where a
 * förvaltning measures monthly), three reports a year with assessments, closed after their cut-off and adopted by KF,
 * one correction after a closed report and one late value, so the reports show what revisorer look for. The figures
 * are illustrative; they drift toward each målvärde over the years.
 */
@Component
public class DemoFollowUp implements DemoPart {

    /**
     * An effektmål's indicator as the röd tråd demo attaches it: its målvärde, which way is better, and the one source
     * that feeds it; {@code survey} for an enkät taken once a tertial.
     */
    private record Measured(String unit, String indicator, BigDecimal target, boolean lowerIsBetter, boolean monthly,
                            boolean genderSplit, boolean survey, String source) {
    }

    private static final List<Measured> MEASURED = List.of(
            new Measured("Tekniska nämnden", "Andel hushållsavfall insamlat för materialåtervinning", new BigDecimal("45"),
                    false, true, false, false, "Tekniska förvaltningens vågsystem"),
            new Measured("Arbetsmarknadsnämnden", "Andel unga 18–24 år med försörjningsstöd", new BigDecimal("6.5"),
                    true, true, true, false, "Kolada N31807"),
            new Measured("Socialnämnden", "Andel barn som får stöd inom en månad från första kontakt",
                    new BigDecimal("80"), false, false, false, false, "Socialförvaltningens verksamhetssystem"),
            new Measured("Vård- och omsorgsnämnden", "Andel brukare som känner sig trygga med hemtjänsten, brukarenkät",
                    new BigDecimal("85"), false, false, false, true, "Brukarenkät hemtjänst"),
            new Measured("Utbildningsnämnden", "Andel elever i åk 9 behöriga till yrkesprogram", new BigDecimal("88"),
                    false, false, true, false, "Kolada N15419"),
            new Measured("Kultur- och fritidsnämnden",
                    "Andel unga 13–19 år som deltar i en fritidsaktivitet varje vecka, ungdomsenkät", new BigDecimal("60"),
                    false, false, false, true, "Ungdomsenkät"),
            new Measured("AB Trelleborgshem", "Trygghetsindex, hyresgästenkät", new BigDecimal("75"), false, false,
                    false, true, "Hyresgästenkät"),
            new Measured("Trelleborg Vatten AB", "Antal oplanerade avbrott i dricksvattenleveransen",
                    new BigDecimal("12"), true, false, false, false, "Trelleborg Vatten AB:s driftstatistik"));

    /** KF's own follow-up of its inriktningsmål in each årsredovisning. */
    private static final Map<String, String> COUNCIL_GOALS = Map.of(
            "trygghet", "Hyresgäst-, brukar- och ungdomsenkäterna pekar uppåt i alla nämnder och bolag som bidrar.",
            "forsorjning", "Andelen unga med försörjningsstöd minskar, men långsammare än planerat.",
            "renare", "Materialåtervinningen ökar för varje år; nedskräpningen i centrum har minskat.");

    /** Monthly figures (the nyckeltalsrapport) from this year on; earlier years are followed up per tertial. */
    private static final int MONTHLY_FROM = 2024;

    private final FollowUpSettings settings;
    private final Clock clock;

    /** Reads the cut-offs itself: on a query-only node the command side's settings bean does not exist. */
    public DemoFollowUp(Environment environment, Clock clock) {
        this.settings = Binder.get(environment).bind("styrledger.follow-up", FollowUpSettings.class)
                .orElseGet(() -> new FollowUpSettings(null));
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "uppföljning";
    }

    @Override
    public void load(DemoClient client) {
        LocalDate today = LocalDate.now(clock);
        for (int year = DemoRedThread.FIRST_YEAR; year <= DemoRedThread.LAST_YEAR; year++) {
            LocalDate reported = LocalDate.of(year - 1, 12, 31);
            for (FollowUpReportKind kind : FollowUpReportKind.values()) {
                LocalDate cutOff = settings.cutOff(kind, year);
                LocalDate until = cutOff.isBefore(today) ? cutOff : today.minusDays(1);
                for (Measured measured : MEASURED) {
                    reportValues(client, measured, year, reported, until);
                }
                reported = until;
                UUID report = DemoClient.id("report:" + year + ":" + kind);
                client.post("/api/v1/follow-up-reports", body("reportId", report, "year", year, "kind", kind.name()));
                for (Measured measured : MEASURED) {
                    assess(client, report, measured, kind, year);
                }
                if (kind == FollowUpReportKind.ANNUAL) {
                    assessCouncilGoals(client, report, year);
                }
                if (!today.isAfter(cutOff)) {
                    return;
                }
                client.post("/api/v1/follow-up-reports/" + report + "/close", null);
                LocalDate adoptedOn = kind == FollowUpReportKind.ANNUAL ? LocalDate.of(year + 1, 4, 22)
                        : cutOff.plusDays(kind == FollowUpReportKind.INTERIM_1 ? 46 : 56);
                if (!adoptedOn.isAfter(today)) {
                    client.post("/api/v1/follow-up-reports/" + report + "/adopt", body("decision",
                            decision(COUNCIL, adoptedOn.toString(), "§ " + (60 + kind.ordinal() * 40),
                                    "KS " + adoptedOn.getYear() + "/0" + (400 + kind.ordinal()))));
                }
                afterClosing(client, year, kind);
            }
        }
    }

    /** What revisorer should find: a figure corrected after its report closed, and one reported late. */
    private static void afterClosing(DemoClient client, int year, FollowUpReportKind kind) {
        if (year == 2024 && kind == FollowUpReportKind.INTERIM_1) {
            Measured waste = MEASURED.get(0);
            client.post("/api/v1/indicator-values/" + valueId(waste, year, "MONTH", 3) + "/corrections", body(
                    "valueId", DemoClient.id("value-correction:" + waste.unit() + ":" + year + ":3"),
                    "value", value(waste, year, 3, 12).add(new BigDecimal("1.4")),
                    "source", waste.source() + ", omräknad", "reason",
                    "Vågdata för en insamlingsbil saknades i mars; siffran är omräknad med den."));
        }
        if (year == 2025 && kind == FollowUpReportKind.INTERIM_1) {
            Measured youth = MEASURED.get(5);
            client.post("/api/v1/indicator-values", valueBody(youth, year, "TERTIAL", 1, value(youth, year, 1, 3)));
        }
    }

    private static void reportValues(DemoClient client, Measured m, int year, LocalDate after, LocalDate until) {
        if (m.monthly() && year >= MONTHLY_FROM) {
            for (int month = 1; month <= 12; month++) {
                LocalDate end = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
                if (end.isAfter(after) && !end.isAfter(until)) {
                    client.post("/api/v1/indicator-values", valueBody(m, year, "MONTH", month, value(m, year, month, 12)));
                }
            }
        }
        for (int tertial = 1; tertial <= 3; tertial++) {
            LocalDate end = LocalDate.of(year, tertial * 4, 1).plusMonths(1).minusDays(1);
            boolean lateOne = year == 2025 && tertial == 1 && m == MEASURED.get(5);
            if (end.isAfter(after) && !end.isAfter(until) && !lateOne) {
                client.post("/api/v1/indicator-values", valueBody(m, year, "TERTIAL", tertial, value(m, year, tertial, 3)));
            }
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (yearEnd.isAfter(after) && !yearEnd.isAfter(until)) {
            client.post("/api/v1/indicator-values", valueBody(m, year, "YEAR", 1, value(m, year, 1, 1)));
        }
    }

    private static Map<String, Object> valueBody(Measured m, int year, String kind, int number, BigDecimal value) {
        Map<String, Object> split = m.genderSplit() ? body("women", value.add(new BigDecimal("1.2")),
                "men", value.subtract(new BigDecimal("1.1"))) : null;
        return body("valueId", valueId(m, year, kind, number), "indicatorId", DemoRedThread.indicator(m.indicator()),
                "unitId", unit(m.unit()), "period", body("kind", kind, "year", year, "number", number),
                "value", value, "genderSplit", split, "source", m.source());
    }

    private static UUID valueId(Measured m, int year, String kind, int number) {
        return DemoClient.id("value:" + m.unit() + ":" + year + ":" + kind + ":" + number);
    }

    /**
     * A figure that starts some way off the målvärde in 2022 and drifts toward (and for some units past) it, with a
     * little wobble so that trends go both ways.
     */
    private static BigDecimal value(Measured m, int year, int number, int perYear) {
        double progress = (year - DemoRedThread.FIRST_YEAR + (double) number / perYear) / 4.0;
        double start = m.target().doubleValue() * (m.lowerIsBetter() ? 1.35 : 0.86);
        double reach = m.unit().length() % 3 == 0 ? 1.05 : 0.97;
        double wobble = (((m.unit().hashCode() + year * 31 + number * 7) % 5 + 5) % 5 - 2) * 0.35;
        double value = start + (m.target().doubleValue() * reach - start) * Math.min(progress, 1.0) + wobble;
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static void assess(DemoClient client, UUID report, Measured m, FollowUpReportKind kind, int year) {
        int perYear = kind == FollowUpReportKind.ANNUAL ? 1 : 3;
        int number = kind == FollowUpReportKind.ANNUAL ? 1 : kind.ordinal() + 1;
        boolean survey = m.survey();
        String level;
        String analysis;
        if (survey && kind == FollowUpReportKind.INTERIM_1) {
            level = "NOT_ASSESSED";
            analysis = "Indikatorn mäts med en enkät per tertial; efter ett enda mättillfälle vore en bedömning"
                    + " för osäker. Målet bedöms i delårsrapport 2.";
        } else {
            BigDecimal value = value(m, year, number, perYear);
            int compared = value.compareTo(m.target()) * (m.lowerIsBetter() ? -1 : 1);
            BigDecimal gap = value.subtract(m.target()).abs();
            level = compared >= 0 ? "FULFILLED" : gap.compareTo(m.target().multiply(new BigDecimal("0.06"))) <= 0
                    ? "PARTLY_FULFILLED" : "NOT_FULFILLED";
            String target = swedish(m.target());
            String reached = swedish(value);
            analysis = switch (level) {
                case "FULFILLED" -> "Målvärdet " + target + " är nått (" + reached + "). Aktiviteterna har"
                        + " genomförts enligt plan och effekten syns hos målgruppen.";
                case "PARTLY_FULFILLED" -> "Utvecklingen går åt rätt håll men målvärdet " + target
                        + " är ännu inte nått (" + reached + "). Arbetet fortsätter enligt verksamhetsplanen.";
                default -> "Målet nås inte (" + reached + " mot målvärdet " + target + "). Förvaltningen"
                        + " analyserar orsakerna och föreslår åtgärder till nämnden.";
            };
        }
        client.post("/api/v1/assessments", body("assessmentId", DemoClient.id("assessment:" + report + ":" + m.unit()),
                "reportId", report, "goalId", DemoRedThread.effectGoal(m.unit(), year), "level", level,
                "analysis", analysis, "assessedBy", m.unit()));
    }

    /** A figure in running Swedish text: decimal comma. */
    private static String swedish(BigDecimal number) {
        return number.toPlainString().replace('.', ',');
    }

    private static void assessCouncilGoals(DemoClient client, UUID report, int year) {
        String period = year <= 2022 ? "-19" : "-23";
        for (Map.Entry<String, String> goal : COUNCIL_GOALS.entrySet()) {
            String level = goal.getKey().equals("forsorjning") ? "PARTLY_FULFILLED" : "FULFILLED";
            client.post("/api/v1/assessments", body("assessmentId", DemoClient.id("assessment:" + report + ":"
                            + goal.getKey()), "reportId", report,
                    "goalId", DemoRedThread.directionGoal(goal.getKey() + period), "level", level,
                    "analysis", goal.getValue(), "assessedBy", "Kommunstyrelsen"));
        }
    }
}
