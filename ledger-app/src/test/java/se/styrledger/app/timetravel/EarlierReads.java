package se.styrledger.app.timetravel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.styrledger.app.CaughtUp;
import se.styrledger.app.FollowUpKommun;
import se.styrledger.app.HttpApi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generic half of the time-travel oracle: every bitemporal read model, read "as of" a date and "as known at" an
 * earlier instant, answers exactly what it answered at that instant, whatever was recorded since — backdated
 * decisions, corrections, revisions, repeals, withdrawals. A read model takes part by one line in {@link #READS}: its
 * name and its read for the history's ids; the check adds {@code asOf} and {@code knownAt} itself.
 */
final class EarlierReads {

    /** The ids a history leaves behind, for the reads to name. */
    record Ids(FollowUpKommun kommun, UUID document, UUID plan) {
    }

    /** One read model's read; {@code path} has its own query string (or none), asOf and knownAt are appended. */
    record Read(String name, Function<Ids, String> path) {
    }

    /** Every bitemporal read model the API offers, each by the read a caller makes. */
    static final List<Read> READS = List.of(
            new Read("units", ids -> "/api/v1/units"),
            new Read("visions", ids -> "/api/v1/visions"),
            new Read("strategic directions", ids -> "/api/v1/strategic-directions"),
            new Read("direction goals", ids -> "/api/v1/direction-goals/" + ids.kommun().directionGoal),
            new Read("effect goals", ids -> "/api/v1/effect-goals/" + ids.kommun().effectGoal),
            new Read("activities", ids -> "/api/v1/activities/" + ids.kommun().activity),
            new Read("röd tråd", ids -> "/api/v1/red-thread"),
            new Read("commitments", ids -> "/api/v1/units/" + ids.kommun().committee + "/commitments?year="
                    + ids.kommun().year),
            new Read("flags", ids -> "/api/v1/flags?unitId=" + ids.kommun().committee + "&year=" + ids.kommun().year),
            new Read("governing documents", ids -> "/api/v1/governing-documents?includeEnded=true&unitId="
                    + ids.kommun().committee),
            new Read("governing document", ids -> "/api/v1/governing-documents/" + ids.document()),
            new Read("operational plans", ids -> "/api/v1/operational-plans/" + ids.plan()),
            new Read("indicators", ids -> "/api/v1/indicators/" + ids.kommun().indicator),
            new Read("indicator values", ids -> "/api/v1/indicator-values?includeSuperseded=true&unitId="
                    + ids.kommun().committee),
            new Read("political programs", ids -> "/api/v1/political-programs"),
            new Read("accountability", ids -> "/api/v1/accountability?unitId=" + ids.kommun().committee + "&year="
                    + ids.kommun().year));

    /** What a read answered at an instant, for a date. */
    private record Answer(Read read, LocalDate asOf, Instant knownAt, JsonNode body) {
    }

    private final HttpApi api;
    private final Random random;
    private final List<Answer> answers = new ArrayList<>();
    private long position;

    EarlierReads(HttpApi api, long seed) {
        this.api = api;
        this.random = new Random(seed);
    }

    /**
     * Records a history for one kommun and year, reading every read model after each step; then reads each again
     * as known at that step and expects the same answer.
     */
    void check(int year) {
        FollowUpKommun kommun = new FollowUpKommun(api, year, "Fler unga i arbete");
        UUID document = created("/api/v1/governing-documents", """
                {"type": "GUIDELINE", "title": "Riktlinje för försörjningsstöd", "owner": "Socialchef",
                 "scope": {"unitIds": ["%s"]}, "decision": %s}""".formatted(kommun.committee,
                decision(kommun.committee, year - 1, 3)));
        UUID plan = created("/api/v1/operational-plans", """
                {"unitId": "%s", "year": %d, "summary": "Verksamhetsplan", "budgetFrame": 1000000,
                 "effectGoalIds": ["%s"], "decision": %s}""".formatted(kommun.committee, year, kommun.effectGoal,
                decision(kommun.committee, year - 1, 11)));
        Ids ids = new Ids(kommun, document, plan);
        readEverything(ids, year);
        UUID value = created("/api/v1/indicator-values", """
                {"indicatorId": "%s", "unitId": "%s", "period": {"kind": "MONTH", "year": %d, "number": 3},
                 "value": %d, "source": "Verksamhetssystemet"}""".formatted(kommun.indicator, kommun.committee, year,
                60 + random.nextInt(30)));
        readEverything(ids, year);
        List<Runnable> steps = new ArrayList<>(List.of(
                () -> changed("/api/v1/units/" + kommun.committee + "/rename", """
                        {"name": "Social- och arbetsmarknadsnämnden", "decision": %s}"""
                        .formatted(decision(kommun.council, year, 1))),
                () -> changed("/api/v1/effect-goals/" + kommun.effectGoal + "/revise", """
                        {"title": "Fler unga i varaktigt arbete", "targetGroup": "Unga 18–24 år",
                         "intendedEffect": "Fler unga får en varaktig självförsörjning", "decision": %s}"""
                        .formatted(decision(kommun.committee, year, 2))),
                () -> created("/api/v1/indicator-values/" + value + "/corrections", """
                        {"value": %d, "source": "Verksamhetssystemet, omräknat", "reason": "Dubbelräknade ärenden"}"""
                        .formatted(50 + random.nextInt(30))),
                () -> changed("/api/v1/activities/" + kommun.activity + "/revise", """
                        {"title": "Rekryteringsutbildningar", "responsible": "Arbetsmarknadschef",
                         "dueDate": "%d-09-30", "reason": "Ny chef", "decision": %s}"""
                        .formatted(year, decision(kommun.committee, year, 3))),
                () -> changed("/api/v1/activities/" + kommun.activity + "/status", """
                        {"status": "IN_PROGRESS", "comment": "Första kursen startad", "changedOn": "%d-02-01"}"""
                        .formatted(year)),
                () -> changed("/api/v1/governing-documents/" + document + "/revise", """
                        {"title": "Riktlinje för ekonomiskt bistånd", "owner": "Socialchef",
                         "scope": {"unitIds": ["%s"]}, "decision": %s}"""
                        .formatted(kommun.committee, decision(kommun.committee, year, 4))),
                () -> changed("/api/v1/operational-plans/" + plan + "/revise", """
                        {"summary": "Verksamhetsplan, reviderad", "budgetFrame": 1100000, "effectGoalIds": ["%s"],
                         "decision": %s}""".formatted(kommun.effectGoal, decision(kommun.committee, year, 5))),
                () -> created("/api/v1/political-programs", """
                        {"title": "Program %d–%d", "parties": "Framtidspartiet", "presentedOn": "%d-10-20",
                         "publishedText": {"url": "https://program.example/%d.pdf"}}"""
                        .formatted(year, year + 3, year - 1, random.nextInt(1_000_000)))));
        java.util.Collections.shuffle(steps, random);
        steps.add(() -> changed("/api/v1/governing-documents/" + document + "/repeal", """
                {"decision": %s}""".formatted(decision(kommun.committee, year, 6))));
        steps.add(() -> changed("/api/v1/effect-goals/" + kommun.effectGoal + "/withdraw", """
                {"reason": "Ersatt av ett nytt mål", "decision": %s}""".formatted(decision(kommun.committee, year, 7))));
        for (Runnable step : steps) {
            step.run();
            readEverything(ids, year);
        }
        for (Answer then : answers) {
            JsonNode now = read(then.read(), ids, then.asOf(), then.knownAt());
            assertThat(now).as("%s as of %s, as known at %s", then.read().name(), then.asOf(), then.knownAt())
                    .isEqualTo(then.body());
        }
        assertThat(answers).hasSize(READS.size() * 3 * (steps.size() + 2));
    }

    /** Every read model, for a date before the year, in it and today, as the ledger answers now. */
    private void readEverything(Ids ids, int year) {
        CaughtUp.await(api, position);
        Instant knownAt = Instant.now();
        for (LocalDate asOf : List.of(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 6, 30), LocalDate.now())) {
            for (Read read : READS) {
                answers.add(new Answer(read, asOf, knownAt, read(read, ids, asOf, null)));
            }
        }
    }

    private JsonNode read(Read read, Ids ids, LocalDate asOf, Instant knownAt) {
        String path = read.path().apply(ids);
        String query = (path.contains("?") ? "&" : "?") + "asOf=" + asOf + "&minPosition=" + position
                + (knownAt == null ? "" : "&knownAt=" + knownAt);
        return withoutReadTime(api.get(path + query).expect(200).body());
    }

    /** The read echoes the instant it was asked for; everything else must be the same. */
    private static JsonNode withoutReadTime(JsonNode body) {
        if (body instanceof ObjectNode object) {
            object.remove("knownAt");
        }
        return body;
    }

    /**
     * A decision of that body some day in the year, never after today, in force from the meeting or backdated to
     * before it: corrections of what was known must not reach back into earlier answers.
     */
    private String decision(UUID body, int year, int month) {
        LocalDate decidedOn = LocalDate.of(year, month, 1 + random.nextInt(27));
        LocalDate today = LocalDate.now();
        if (decidedOn.isAfter(today)) {
            decidedOn = today;
        }
        LocalDate effective = random.nextBoolean() ? decidedOn : decidedOn.minusDays(1 + random.nextInt(20));
        return """
                {"decidedBy": "%s", "decidedOn": "%s", "paragraph": "§ %d", "caseNumber": "SN %d/%d",
                 "effectiveFrom": "%s"}""".formatted(body, decidedOn, 1 + random.nextInt(200), year,
                100 + random.nextInt(900), effective);
    }

    private UUID created(String path, String body) {
        JsonNode answer = api.post(path, body).expect(201).body();
        position = Math.max(position, answer.get("position").asLong());
        return UUID.fromString(answer.get("id").asText());
    }

    private void changed(String path, String body) {
        JsonNode answer = api.post(path, body).expect(200).body();
        if (answer.hasNonNull("position")) {
            position = Math.max(position, answer.get("position").asLong());
        }
    }
}
