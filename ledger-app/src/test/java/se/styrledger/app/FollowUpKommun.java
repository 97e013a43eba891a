package se.styrledger.app;

import java.util.UUID;

import static se.styrledger.app.LedgerHttpTest.decision;

/**
 * A kommun with one year's röd tråd, recorded over HTTP, for the follow-up tests: KF, Socialnämnden, a vision,
 * "Livskvalitet", an inriktningsmål for the year's mandatperiod, Socialnämndens effektmål for the year with an
 * indicator (målvärde 80 for the year, higher is better) and an activity. Reports are one per year and kind in the
 * whole ledger, so each test uses a year of its own. Public for the web UI's tests in {@code app.web}.
 */
public final class FollowUpKommun {

    public final HttpApi api;
    public final int year;
    public final UUID council;
    public final UUID committee;
    public final UUID directionGoal;
    public final UUID effectGoal;
    public final UUID indicator;
    public final UUID councilIndicator;
    public final UUID activity;

    public FollowUpKommun(HttpApi api, int year, String goalTitle) {
        this.api = api;
        this.year = year;
        council = created("/api/v1/units", """
                {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                 "decision": {"decidedOn": "2014-10-15", "paragraph": "§ 1", "caseNumber": "KS 2014/0001"}}""");
        committee = created("/api/v1/units", """
                {"name": "Socialnämnden", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}"""
                .formatted(council, decision(council, "2014-12-15")));
        UUID vision = created("/api/v1/visions", """
                {"text": "Trelleborg ska vara en framgångskommun med hög livskvalitet och en långsiktigt hållbar tillväxt.",
                 "decision": %s}""".formatted(decision(council, "2015-06-15")));
        UUID direction = created("/api/v1/strategic-directions", """
                {"visionId": "%s", "name": "Livskvalitet", "themes": ["hälsa", "trygghet"], "decision": %s}"""
                .formatted(vision, decision(council, "2015-06-15")));
        directionGoal = created("/api/v1/direction-goals", """
                {"directionId": "%s", "title": "Fler invånare är nöjda med kommunens service", "fromYear": %d,
                 "toYear": %d, "decision": %s}""".formatted(direction, year - 1, year + 1,
                decision(council, (year - 2) + "-06-20")));
        effectGoal = created("/api/v1/effect-goals", """
                {"ownerUnitId": "%s", "year": %d, "title": %s, "targetGroup": "Personer som söker försörjningsstöd",
                 "intendedEffect": "Fler unga får en varaktig självförsörjning", "directionGoalIds": ["%s"],
                 "decision": %s}""".formatted(committee, year, quoted(goalTitle), directionGoal,
                decision(committee, (year - 1) + "-10-16")));
        indicator = created("/api/v1/indicators", """
                {"name": "Andel nöjda brukare", "unitOfMeasure": "procent", "direction": "HIGHER_IS_BETTER",
                 "source": "SURVEY"}""");
        api.post("/api/v1/effect-goals/" + effectGoal + "/indicators", """
                {"indicatorId": "%s", "target": {"value": 80, "period": {"kind": "YEAR", "year": %d, "number": 1}},
                 "decision": %s}""".formatted(indicator, year, decision(committee, (year - 1) + "-10-16"))).expect(200);
        councilIndicator = created("/api/v1/indicators", """
                {"name": "Nöjd-Medborgar-Index", "unitOfMeasure": "index", "direction": "HIGHER_IS_BETTER",
                 "source": "KOLADA", "koladaKpiId": "U00402"}""");
        api.post("/api/v1/direction-goals/" + directionGoal + "/indicators", """
                {"indicatorId": "%s", "target": {"value": 60, "period": {"kind": "YEAR", "year": %d, "number": 1}},
                 "decision": %s}""".formatted(councilIndicator, year, decision(council, (year - 2) + "-06-20")))
                .expect(200);
        activity = created("/api/v1/activities", """
                {"effectGoalId": "%s", "title": "Rekryteringsutbildningar för unga som söker försörjningsstöd",
                 "responsible": "Enhetschef arbetsmarknad", "dueDate": "%d-06-30", "decision": %s}"""
                .formatted(effectGoal, year, decision(committee, (year - 1) + "-11-13")));
    }

    /** A JSON string literal: test titles carry quotes and markup on purpose. */
    public static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    public UUID created(String path, String body) {
        return UUID.fromString(api.post(path, body).expect(201).body().get("id").asText());
    }

    public long position(HttpApi.Answer answer) {
        return answer.body().get("position").asLong();
    }

    /** Reports a value of the effektmål's indicator for Socialnämnden; answers the new value's id. */
    public UUID value(String kind, int number, String value, String genderSplit) {
        return created("/api/v1/indicator-values", """
                {"indicatorId": "%s", "unitId": "%s", "period": {"kind": "%s", "year": %d, "number": %d},
                 "value": %s, "genderSplit": %s, "source": "Brukarundersökning %d"}"""
                .formatted(indicator, committee, kind, year, number, value, genderSplit, year));
    }

    public UUID report(String kind) {
        return created("/api/v1/follow-up-reports", """
                {"year": %d, "kind": "%s"}""".formatted(year, kind));
    }

    public HttpApi.Answer assess(UUID report, UUID goal, String level, String analysis) {
        return api.post("/api/v1/assessments", """
                {"reportId": "%s", "goalId": "%s", "level": "%s", "analysis": %s, "assessedBy": "Socialnämnden"}"""
                .formatted(report, goal, level, analysis));
    }

    public long close(UUID report) {
        return position(api.post("/api/v1/follow-up-reports/" + report + "/close", "application/json", "")
                .expect(200));
    }
}
