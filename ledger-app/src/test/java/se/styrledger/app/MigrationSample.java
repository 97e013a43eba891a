package se.styrledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small kommun's ten years of goals and values (2016–2025) as a migration file in JSON Lines: KF, two nämnder, a
 * vision with two strategiska inriktningar, an inriktningsmål per mandatperiod, and for each year and nämnd an
 * effektmål linked to its inriktningsmål, with an indicator's målvärde, an aktivitet and the year's utfall, and a
 * styrdokument; perhaps an årsredovisning with its bedömningar. Every name is prefixed, so each test
 * migrates a kommun of its own into the shared ledger.
 */
final class MigrationSample {

    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;

    private final ObjectMapper json;
    private final String prefix;
    private final List<String> lines = new ArrayList<>();

    MigrationSample(ObjectMapper json, String prefix) {
        this.json = json;
        this.prefix = prefix;
    }

    /** A name of this sample's kommun: what the file calls a thing instead of its id. */
    String ref(String name) {
        return prefix + ":" + name;
    }

    List<String> lines() {
        return lines;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    /** Adds a line and returns its number (from 1). */
    int add(String command, Map<String, Object> fields) {
        ObjectNode line = json.createObjectNode().put("command", command);
        line.setAll((ObjectNode) json.valueToTree(fields));
        lines.add(line.toString());
        return lines.size();
    }

    Map<String, Object> decision(String body, String decidedOn) {
        return Map.of("decidedBy", ref(body), "decidedOn", decidedOn, "paragraph", "§ 12",
                "caseNumber", "KS " + decidedOn.substring(0, 4) + "/0012");
    }

    static String directionGoalOf(int year) {
        return year <= 2018 ? "ig-2015" : year <= 2022 ? "ig-2019" : "ig-2023";
    }

    MigrationSample tenYears() {
        add("EstablishUnit", Map.of("unitId", ref("kf"), "name", "Kommunfullmäktige " + prefix, "kind", "COUNCIL",
                "decision", Map.of("decidedOn", "2014-10-15", "paragraph", "§ 1", "caseNumber", "KS 2014/0001")));
        for (String namnd : List.of("sn", "tn")) {
            add("EstablishUnit", Map.of("unitId", ref(namnd), "name", (namnd.equals("sn") ? "Socialnämnden "
                    : "Tekniska nämnden ") + prefix, "kind", "COMMITTEE", "parentId", ref("kf"),
                    "decision", decision("kf", "2014-12-15")));
        }
        add("AdoptVision", Map.of("visionId", ref("vision"), "text", "En framgångskommun med hög livskvalitet.",
                "decision", decision("kf", "2015-06-15")));
        add("AdoptStrategicDirection", Map.of("directionId", ref("livskvalitet"), "visionId", ref("vision"),
                "name", "Livskvalitet", "themes", List.of("hälsa", "trygghet"), "decision", decision("kf", "2015-06-15")));
        add("AdoptStrategicDirection", Map.of("directionId", ref("arbete"), "visionId", ref("vision"),
                "name", "Arbete och tillväxt", "themes", List.of("arbete"), "decision", decision("kf", "2015-06-15")));
        for (int[] period : new int[][]{{2015, 2016, 2018}, {2019, 2019, 2022}, {2023, 2023, 2026}}) {
            add("AdoptDirectionGoal", Map.of("goalId", ref("ig-" + period[0]), "directionId", ref("livskvalitet"),
                    "title", "Fler invånare är nöjda med kommunens service (" + period[1] + "–" + period[2] + ")",
                    "fromYear", period[1], "toYear", period[2],
                    "decision", decision("kf", (period[1] - 1) + "-06-20")));
        }
        add("AdoptDirectionGoal", Map.of("goalId", ref("ig-arbete"), "directionId", ref("arbete"),
                "title", "Fler är i arbete", "fromYear", 2016, "toYear", 2026, "decision", decision("kf", "2015-06-20")));
        add("DefineIndicator", Map.of("indicatorId", ref("nojdhet"), "name", "Andel nöjda brukare " + prefix,
                "unitOfMeasure", "procent", "direction", "HIGHER_IS_BETTER", "source", "SURVEY"));
        add("AdoptDocument", Map.of("documentId", ref("policy"), "type", "POLICY",
                "content", Map.of("title", "Policy för ledning och styrning " + prefix, "owner", "Kvalitetsstrateg",
                        "scope", Map.of("wholeMunicipality", true), "reviewDue", "2019-03-31"),
                "decision", decision("kf", "2015-03-30")));
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (String namnd : List.of("sn", "tn")) {
                String goal = "em-" + namnd + "-" + year;
                add("AdoptEffectGoal", Map.of("goalId", ref(goal), "ownerUnitId", ref(namnd), "year", year,
                        "title", "Fler brukare är nöjda " + year, "targetGroup", "Brukare inom " + namnd,
                        "intendedEffect", "Högre nöjdhet", "directionGoalIds", List.of(ref(directionGoalOf(year))),
                        "decision", decision(namnd, (year - 1) + "-10-16")));
                if (year % 3 == 0) {
                    add("LinkEffectGoal", Map.of("goalId", ref(goal), "directionGoalId", ref("ig-arbete"),
                            "decision", decision(namnd, (year - 1) + "-11-13")));
                }
                add("AttachIndicatorToEffectGoal", Map.of("goalId", ref(goal), "indicatorId", ref("nojdhet"),
                        "target", Map.of("value", 70 + year - FIRST_YEAR, "period",
                                Map.of("kind", "YEAR", "year", year, "number", 1)),
                        "decision", decision(namnd, (year - 1) + "-10-16")));
                add("PlanActivity", Map.of("activityId", ref("akt-" + namnd + "-" + year), "effectGoalId", ref(goal),
                        "title", "Brukarenkät och dialogmöten " + year, "responsible", "Verksamhetschef",
                        "dueDate", year + "-06-30", "decision", decision(namnd, (year - 1) + "-11-13")));
                add("ReportIndicatorValue", Map.of("indicatorId", ref("nojdhet"), "unitId", ref(namnd),
                        "period", Map.of("kind", "YEAR", "year", year, "number", 1),
                        "value", 68 + (year - FIRST_YEAR) * 1.5, "source", "Brukarenkät " + year));
            }
        }
        return this;
    }

    /**
     * The årsredovisning of one year, opened, with a bedömning of each nämnd's effektmål, and closed. Reports are one
     * per year and kind in the whole ledger, so only one test's sample may have it.
     */
    MigrationSample annualReport(int year) {
        add("OpenFollowUpReport", Map.of("reportId", ref("ar-" + year), "year", year, "kind", "ANNUAL"));
        for (String namnd : List.of("sn", "tn")) {
            add("RecordAssessment", Map.of("reportId", ref("ar-" + year), "goalId", ref("em-" + namnd + "-" + year),
                    "level", namnd.equals("sn") ? "FULFILLED" : "PARTLY_FULFILLED",
                    "analysis", "Brukarenkäten visar högre nöjdhet än året innan.", "assessedBy", "Nämnden"));
        }
        add("CloseFollowUpReport", Map.of("reportId", ref("ar-" + year)));
        return this;
    }
}
