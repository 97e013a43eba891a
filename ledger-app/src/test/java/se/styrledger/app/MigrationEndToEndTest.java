package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.styrledger.command.migration.MigrationTask;
import se.styrledger.platform.task.LedgerTask;
import se.styrledger.command.migration.MigrationRefs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kommun moves ten years of goals and values from its earlier tool into the ledger in one run (ADR 0160): every
 * line becomes the API's own command under the API's rules, a file with a refused line records nothing and names each
 * line, field and rule, a dry run records nothing, a rerun records nothing new, and the revisor sees what was migrated
 * while the late-recording finding keeps to what was recorded after go-live (ADR 0161).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationEndToEndTest extends LedgerHttpTest {

    private static final String JSON_LINES = "application/jsonl";

    @Autowired
    private MigrationTask task;

    private MigrationSample migrated;
    private JsonNode firstRun;

    private HttpApi.Answer migrate(String source, boolean dryRun, String contentType, String file) {
        return api().post("/api/v1/admin/migrations?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8)
                + "&dryRun=" + dryRun, contentType, file);
    }

    private static String fresh() {
        return "mig-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The kommun the audit and findings tests read: migrated once, in one run. */
    @BeforeAll
    void tenYearsOfAKommunAreMigratedInOneRun() {
        // The årsredovisning of 2016 is this class's own: no other test opens it (reports are one per year and kind).
        migrated = new MigrationSample(json, fresh()).tenYears().annualReport(MigrationSample.FIRST_YEAR);
        long before = eventCount();
        firstRun = migrate("Stratsys-export 2025-11-30", false, JSON_LINES, migrated.text()).expect(201).body();
        assertThat(firstRun.get("lines").asLong()).isEqualTo(migrated.lines().size());
        assertThat(firstRun.get("recorded").asLong()).isEqualTo(migrated.lines().size());
        assertThat(firstRun.get("refused").asLong()).isZero();
        assertThat(eventCount() - before).as("one event per line").isEqualTo(migrated.lines().size());
    }

    private long lastPosition(JsonNode run) {
        long last = 0;
        for (JsonNode line : run.get("results")) {
            last = Math.max(last, line.path("position").asLong());
        }
        return last;
    }

    @Test
    void everyMigratedYearIsInTheReadModelsAsIfRecordedThroughTheApi() {
        long position = lastPosition(firstRun);
        UUID namnd = MigrationRefs.idOf(migrated.ref("sn"));
        for (int year = MigrationSample.FIRST_YEAR; year <= MigrationSample.LAST_YEAR; year++) {
            JsonNode commitments = api().get("/api/v1/units/" + namnd + "/commitments?year=" + year + "&minPosition="
                    + position).expect(200).body();
            assertThat(commitments.toString()).as("year %d", year).contains("Fler brukare är nöjda " + year)
                    .contains("Brukarenkät och dialogmöten " + year);
        }
        JsonNode goal = api().get("/api/v1/effect-goals/" + MigrationRefs.idOf(migrated.ref("em-sn-2019"))
                + "?asOf=2019-06-30").expect(200).body();
        assertThat(goal.toString()).as("linked by a later line").contains(
                MigrationRefs.idOf(migrated.ref("ig-arbete")).toString());
        UUID report = MigrationRefs.idOf(migrated.ref("ar-2016"));
        JsonNode reports = api().get("/api/v1/follow-up-reports?year=2016&minPosition=" + position).expect(200).body();
        List<String> statuses = new ArrayList<>();
        reports.forEach(r -> {
            if (r.get("reportId").asText().equals(report.toString())) {
                statuses.add(r.get("status").asText());
            }
        });
        assertThat(statuses).as("the årsredovisning 2016, closed").containsExactly("CLOSED");
        assertThat(api().get("/api/v1/assessments?reportId=" + report).expect(200).body().findValuesAsText("level"))
                .containsExactlyInAnyOrder("FULFILLED", "PARTLY_FULFILLED");
    }

    @Test
    void aRerunOfTheSameFileRecordsNothingNew() {
        long before = eventCount();

        JsonNode rerun = migrate("Stratsys-export 2025-11-30", false, JSON_LINES, migrated.text()).expect(200).body();

        assertThat(rerun.get("recorded").asLong()).isZero();
        assertThat(rerun.get("alreadyRecorded").asLong()).isEqualTo(migrated.lines().size());
        assertThat(rerun.get("results").findValuesAsText("outcome")).containsOnly("ALREADY_RECORDED");
        assertThat(rerun.get("results").findValuesAsText("id")).as("each line names what it recorded the first time")
                .isEqualTo(firstRun.get("results").findValuesAsText("id"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aDryRunShowsWhatWouldBeRecordedAndRecordsNothing() {
        MigrationSample sample = new MigrationSample(json, fresh()).tenYears();
        long before = eventCount();

        JsonNode dryRun = migrate("Excel 2024", true, JSON_LINES, sample.text()).expect(200).body();

        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("recorded").asLong()).isZero();
        assertThat(dryRun.get("wouldRecord").asLong()).isEqualTo(sample.lines().size());
        assertThat(dryRun.get("results").findValuesAsText("outcome")).containsOnly("WOULD_RECORD");
        assertThat(dryRun.get("results").get(0).get("id").asText())
                .isEqualTo(MigrationRefs.idOf(sample.ref("kf")).toString());
        assertThat(eventCount()).as("a dry run records nothing").isEqualTo(before);

        JsonNode recorded = migrate("Excel 2024", false, JSON_LINES, sample.text()).expect(201).body();
        assertThat(recorded.get("recorded").asLong()).as("nothing of the dry run counts as recorded")
                .isEqualTo(sample.lines().size());
    }

    @Test
    void aFileWithRefusedLinesRecordsNothingAndNamesEachLineFieldAndRule() {
        MigrationSample sample = new MigrationSample(json, fresh()).tenYears();
        int noTargetGroup = sample.add("AdoptEffectGoal", Map.of("goalId", sample.ref("em-utan-malgrupp"),
                "ownerUnitId", sample.ref("sn"), "year", 2021, "title", "Ett mål utan målgrupp",
                "intendedEffect", "Något", "directionGoalIds", List.of(sample.ref("ig-2019")),
                "decision", sample.decision("sn", "2020-10-16")));
        int noParagraph = sample.add("AdoptVision", Map.of("text", "En vision utan paragraf",
                "decision", Map.of("decidedBy", sample.ref("kf"), "decidedOn", "2016-06-15", "caseNumber", "KS 1")));
        int unknown = sample.add("AdoptMagic", Map.of("title", "Finns inte"));
        long before = eventCount();

        JsonNode problem = migrate("Stratsys", false, JSON_LINES, sample.text()).problem(422);

        assertThat(problem.get("rule").asText()).isEqualTo("R-11");
        List<String> errors = new ArrayList<>();
        problem.get("errors").forEach(e -> errors.add(e.get("line").asInt() + " " + e.get("field").asText() + " "
                + e.path("rule").asText("-")));
        assertThat(errors).containsExactly(noTargetGroup + " targetGroup R-11",
                noParagraph + " decision.paragraph R-31", unknown + " command -");
        assertThat(problem.get("detail").asText()).contains("rad " + noTargetGroup).contains("ingenting");
        assertThat(eventCount()).as("nothing of a refused file is recorded").isEqualTo(before);
    }

    @Test
    void aCsvSheetRecordsTheSameCommandsAsJsonLinesAndNamesTheLineOfARefusedRow() {
        MigrationSample sample = new MigrationSample(json, fresh());
        String header = "command;goalId;ownerUnitId;year;title;targetGroup;intendedEffect;directionGoalIds;"
                + "decision.decidedBy;decision.decidedOn;decision.paragraph;decision.caseNumber";
        String units = String.join("\n",
                "command;unitId;name;kind;parentId;decision.decidedBy;decision.decidedOn;decision.paragraph;"
                        + "decision.caseNumber",
                "EstablishUnit;%s;Kommunfullmäktige %s;COUNCIL;;;2014-10-15;§ 1;KS 2014/0001"
                        .formatted(sample.ref("kf"), sample.ref("kf")),
                "EstablishUnit;%s;Socialnämnden %s;COMMITTEE;%s;%s;2014-12-15;§ 2;KS 2014/0002"
                        .formatted(sample.ref("sn"), sample.ref("sn"), sample.ref("kf"), sample.ref("kf"))) + "\n";
        migrate("Excel", false, "text/csv", units).expect(201);
        sample.add("AdoptVision", Map.of("visionId", sample.ref("vision"), "text", "En vision",
                "decision", sample.decision("kf", "2015-06-15")));
        sample.add("AdoptStrategicDirection", Map.of("directionId", sample.ref("dir"), "visionId", sample.ref("vision"),
                "name", "Livskvalitet", "themes", List.of("hälsa"), "decision", sample.decision("kf", "2015-06-15")));
        sample.add("AdoptDirectionGoal", Map.of("goalId", sample.ref("ig"), "directionId", sample.ref("dir"),
                "title", "Nöjdare invånare", "fromYear", 2016, "toYear", 2026,
                "decision", sample.decision("kf", "2015-06-20")));
        sample.add("AdoptDirectionGoal", Map.of("goalId", sample.ref("ig2"), "directionId", sample.ref("dir"),
                "title", "Tryggare invånare", "fromYear", 2016, "toYear", 2026,
                "decision", sample.decision("kf", "2015-06-20")));
        migrate("Excel", false, JSON_LINES, sample.text()).expect(201);
        String goal = "AdoptEffectGoal;%s;%s;%d;Mål %d;%s;Högre nöjdhet;%s|%s;%s;%d-10-16;§ 9;SN %d/9";
        String good = goal.formatted(sample.ref("em-2017"), sample.ref("sn"), 2017, 2017, "Brukare",
                sample.ref("ig"), sample.ref("ig2"), sample.ref("sn"), 2016, 2016);
        String noTargetGroup = goal.formatted(sample.ref("em-2018"), sample.ref("sn"), 2018, 2018, "",
                sample.ref("ig"), sample.ref("ig2"), sample.ref("sn"), 2017, 2017);
        long before = eventCount();

        JsonNode problem = migrate("Excel", false, "text/csv", header + "\n" + good + "\n" + noTargetGroup + "\n")
                .problem(422);

        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("line").asInt()).as("the header is line 1").isEqualTo(3);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("targetGroup");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("R-11");
        assertThat(eventCount()).isEqualTo(before);

        JsonNode recorded = migrate("Excel", false, "text/csv", header + "\n" + good + "\n").expect(201).body();
        assertThat(recorded.get("recorded").asLong()).isEqualTo(1);
        UUID goalId = UUID.fromString(recorded.get("results").get(0).get("id").asText());
        assertThat(goalId).isEqualTo(MigrationRefs.idOf(sample.ref("em-2017")));
    }

    @Test
    void theTaskMigratesFilesFromDiskInOneRunAndRecordsNothingOfARefusedOne(@TempDir Path directory)
            throws Exception {
        MigrationSample sample = new MigrationSample(json, fresh()).tenYears();
        Path file = Files.writeString(directory.resolve("historik.jsonl"), sample.text());
        MigrationSample broken = new MigrationSample(json, fresh()).tenYears();
        broken.add("AdoptVision", Map.of("text", "",
                "decision", broken.decision("kf", "2016-06-15")));
        Path brokenFile = Files.writeString(directory.resolve("trasig.jsonl"), broken.text());
        long before = eventCount();

        assertThat(task.migrate(List.of(file, brokenFile), "Stratsys via task", false)).isEqualTo(LedgerTask.FAILED);
        assertThat(eventCount()).as("nothing of either file").isEqualTo(before);
        assertThat(task.migrate(List.of(file), "Stratsys via task", true)).isEqualTo(LedgerTask.OK);
        assertThat(eventCount()).as("a dry run").isEqualTo(before);

        assertThat(task.migrate(List.of(file), "Stratsys via task", false)).isEqualTo(LedgerTask.OK);
        assertThat(eventCount() - before).isEqualTo(sample.lines().size());
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT run_id) FROM cmd_migrated_line WHERE source = ?",
                Long.class, "Stratsys via task")).isEqualTo(1);
    }

    @Test
    void theLateRecordingFindingSkipsMigratedEventsButStillFindsALateDecisionRecordedAfterGoLive() {
        UUID namnd = MigrationRefs.idOf(migrated.ref("sn"));
        int year = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear() - 1;
        JsonNode late = api().post("/api/v1/effect-goals", """
                {"ownerUnitId": "%s", "year": %d, "title": "Ett sent registrerat mål", "targetGroup": "Unga",
                 "intendedEffect": "Fler i arbete", "directionGoalIds": ["%s"], "decision": %s}"""
                .formatted(namnd, year, MigrationRefs.idOf(migrated.ref("ig-2023")),
                        decision(namnd, (year - 1) + "-10-16"))).expect(201).body();

        JsonNode findings = api().as("revisor", "revisor-pass").get("/api/v1/audit/units/" + namnd + "/findings?year="
                + year + "&minPosition=" + late.get("position").asLong()).expect(200).body();

        List<String> late1 = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("kind").asText().equals("LATE_RECORDING")) {
                late1.add(f.get("title").asText());
            }
        });
        assertThat(late1).as("only the decision recorded after go-live is late").hasSize(1);
        assertThat(late1.get(0)).contains("Ett sent registrerat mål");
    }

    @Test
    void aRevisorSeesWhatWasMigratedFromWhereAndWhen() {
        String runId = firstRun.get("runId").asText();
        HttpApi revisor = api().as("revisor", "revisor-pass");

        JsonNode runs = revisor.get("/api/v1/audit/migrations?minPosition=" + lastPosition(firstRun)).expect(200)
                .body();
        JsonNode run = null;
        for (JsonNode each : runs) {
            if (each.get("runId").asText().equals(runId)) {
                run = each;
            }
        }
        assertThat(run).as("the run is listed").isNotNull();
        assertThat(run.get("sources").toString()).contains("Stratsys-export 2025-11-30");
        assertThat(run.get("events").asLong()).isEqualTo(migrated.lines().size());
        assertThat(run.get("recordedBy").asText()).isEqualTo("demo");

        JsonNode events = revisor.get("/api/v1/audit/migrations/" + runId + "?limit=5").expect(200).body();
        assertThat(events.get("events")).hasSize(5);
        assertThat(events.get("events").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(events.get("events").get(0).get("eventType").asText()).isEqualTo("UnitEstablished");
        assertThat(events.get("events").get(0).get("source").asText()).isEqualTo("Stratsys-export 2025-11-30");

        api().as("recorder", "recorder-pass").get("/api/v1/audit/migrations").problem(403);
        api().anonymous().get("/api/v1/audit/migrations").problem(401);
        api().as("recorder", "recorder-pass").post("/api/v1/admin/migrations?source=x", JSON_LINES,
                migrated.lines().get(0)).problem(403);
    }
}
