package se.styrledger.benchmarks;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records a kommun's governance history through the public command API. Everything (ids, texts, values, which
 * activities are cancelled) follows from the seed, so two runs with the same seed and size record the same facts,
 * whatever the number of clients; only the order of independent commands in the event store differs.
 */
final class DatasetGenerator {

    static final int LAST_YEAR = 2026;
    private static final String[] DIRECTIONS = {"Livskvalitet", "Arbete", "Långsiktig hållbar tillväxt"};
    private static final String[] WORDS = {"trygghet", "hälsa", "skola", "omsorg", "miljö", "boende", "arbete",
            "kultur", "fritid", "infrastruktur", "återvinning", "näringsliv", "delaktighet", "digitalisering",
            "folkhälsa", "integration", "vatten", "energi", "kollektivtrafik", "bibliotek"};
    private static final String[] REPORT_KINDS = {"INTERIM_1", "INTERIM_2", "ANNUAL"};
    private static final String[] LEVELS = {"FULFILLED", "PARTLY_FULFILLED", "NOT_FULFILLED", "NOT_ASSESSED"};
    private static final String[] TARGET_GROUPS = {"Kommuninvånarna", "Unga 18–24 år", "Elever i årskurs 7–9",
            "Personer 65 år och äldre med hemtjänst", "Hyresgästerna", "Företagare i kommunen", "Barn 0–5 år"};

    /** An effektmål the dataset recorded: what the query benchmarks ask about. */
    record Goal(UUID goalId, UUID ownerUnitId, int year, Instant recordedAt) {
    }

    /** One nämnd's or bolag's year: its effektmål, their aktiviteter and its verksamhetsplan. */
    record WorkItem(int unit, int year) {
    }

    private final DatasetSize size;
    private final long seed;
    private final LocalDate today;
    private final int firstYear;
    private final int base;
    private final UUID council;
    private final List<UUID> owners = new ArrayList<>();
    private final List<String> ownerNames = new ArrayList<>();
    private final Map<Integer, List<UUID>> directionGoalsByPeriod = new LinkedHashMap<>();
    private final List<UUID> indicators = new ArrayList<>();
    private final ConcurrentLinkedQueue<Goal> goals = new ConcurrentLinkedQueue<>();

    DatasetGenerator(DatasetSize size, long seed) {
        this(size, seed, LocalDate.now());
    }

    /** {@code today} is the ledger's today: values, closings and adoptions never lie in its future. */
    DatasetGenerator(DatasetSize size, long seed, LocalDate today) {
        this.size = size;
        this.seed = seed;
        this.today = today;
        this.firstYear = LAST_YEAR - size.years() + 1;
        this.base = firstYear - 6;
        this.council = id("unit:KF");
        for (int i = 1; i <= size.committees(); i++) {
            owners.add(id("unit:nämnd:" + i));
            ownerNames.add("Nämnd " + i + " för " + WORDS[i % WORDS.length]);
        }
        for (int i = 1; i <= size.companies(); i++) {
            owners.add(id("unit:bolag:" + i));
            ownerNames.add("Kommunbolag " + i + " AB");
        }
        // Mandatperioder start 2019, 2023, …; the first one that covers firstYear may start up to three years before.
        for (int period = firstYear - Math.floorMod(firstYear - 2019, 4); period <= LAST_YEAR; period += 4) {
            List<UUID> periodGoals = new ArrayList<>();
            for (String direction : DIRECTIONS) {
                for (int n = 1; n <= 2; n++) {
                    periodGoals.add(id("direction-goal:" + period + ":" + direction + ":" + n));
                }
            }
            directionGoalsByPeriod.put(period, periodGoals);
        }
        // One indicator per effektmål of a unit's year, so that no two of them measure the same series.
        for (int i = 0; i < size.indicators(); i++) {
            indicators.add(id("indicator:" + i));
        }
    }

    UUID id(String name) {
        return UUID.nameUUIDFromBytes(("styrledger-bench:" + seed + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    int firstYear() {
        return firstYear;
    }

    List<Goal> goals() {
        return List.copyOf(goals);
    }

    /**
     * For a dataset an earlier run recorded: the effektmål this size and seed make that the event store holds, with
     * when each was recorded. Ids follow from the seed; the instants only the store knows.
     */
    void recordedGoals(JdbcTemplate jdbc) {
        Map<UUID, Instant> recorded = recordedAt(jdbc, "EffectGoalAdopted");
        for (int year = firstYear; year <= LAST_YEAR; year++) {
            for (int unit = 0; unit < size.owningUnits(); unit++) {
                for (int g = 0; g < size.goalsPerUnitYear(); g++) {
                    UUID goal = id("effect-goal:" + unit + ":" + year + ":" + g);
                    if (recorded.containsKey(goal)) {
                        goals.add(new Goal(goal, owners.get(unit), year, recorded.get(goal)));
                    }
                }
            }
        }
        if (goals.isEmpty()) {
            throw new IllegalStateException("The data directory holds no effektmål of this size and seed");
        }
    }

    /** The delårsrapporter opened so far, with when each was opened, oldest first. */
    List<Map.Entry<UUID, Instant>> interimReportsOpened(JdbcTemplate jdbc) {
        Map<UUID, Instant> opened = recordedAt(jdbc, "FollowUpReportOpened");
        List<Map.Entry<UUID, Instant>> reports = new ArrayList<>();
        for (int year = firstYear; year <= LAST_YEAR; year++) {
            for (String kind : List.of(REPORT_KINDS[0], REPORT_KINDS[1])) {
                UUID report = report(year, kind);
                if (opened.containsKey(report)) {
                    reports.add(Map.entry(report, opened.get(report)));
                }
            }
        }
        return reports;
    }

    private static Map<UUID, Instant> recordedAt(JdbcTemplate jdbc, String eventType) {
        Map<UUID, Instant> recorded = new LinkedHashMap<>();
        jdbc.query("SELECT aggregate_identifier, time_stamp FROM domain_event_entry WHERE payload_type LIKE ?",
                rs -> {
                    recorded.put(UUID.fromString(rs.getString(1)), Instant.parse(rs.getString(2)));
                }, "%." + eventType);
        return recorded;
    }

    /** The nämnder, then the bolag. */
    List<UUID> owners() {
        return List.copyOf(owners);
    }

    int committees() {
        return size.committees();
    }

    /** KF, KS, the nämnder with their förvaltningar, the bolag, the vision and every mandatperiod's inriktningsmål. */
    void foundation(LedgerClient client) {
        UUID board = id("unit:KS");
        establish(client, council, "Kommunfullmäktige", "COUNCIL", null, decision(null, base + "-10-15", "§ 1"));
        establish(client, board, "Kommunstyrelsen", "EXECUTIVE_BOARD", council, decision(council, base + "-10-15", "§ 2"));
        establish(client, id("unit:KLF"), "Kommunledningsförvaltningen", "ADMINISTRATION", board,
                decision(board, base + "-11-03", "§ 140"));
        for (int i = 1; i <= size.committees(); i++) {
            UUID committee = owners.get(i - 1);
            establish(client, committee, ownerNames.get(i - 1), "COMMITTEE", council,
                    decision(council, base + "-12-15", "§ " + (10 + i)));
            establish(client, id("unit:förvaltning:" + i), "Förvaltning " + i, "ADMINISTRATION", committee,
                    decision(committee, (base + 1) + "-01-20", "§ 1"));
        }
        for (int i = 1; i <= size.companies(); i++) {
            int unit = size.committees() + i - 1;
            establish(client, owners.get(unit), ownerNames.get(unit), "COMPANY", council,
                    decision(council, base + "-12-15", "§ " + (100 + i)));
        }
        UUID vision = id("vision");
        String visionDay = (base + 1) + "-06-15";
        client.post("/api/v1/visions", body("visionId", vision,
                "text", "Kommunen ska vara en framgångskommun med hög livskvalitet och en långsiktigt hållbar tillväxt.",
                "decision", decision(council, visionDay, "§ 98")));
        for (String direction : DIRECTIONS) {
            client.post("/api/v1/strategic-directions", body("directionId", id("direction:" + direction),
                    "visionId", vision, "name", direction, "themes", List.of(WORDS[direction.length() % WORDS.length]),
                    "decision", decision(council, visionDay, "§ 98")));
        }
        for (Map.Entry<Integer, List<UUID>> period : directionGoalsByPeriod.entrySet()) {
            int from = period.getKey();
            int n = 0;
            for (UUID goal : period.getValue()) {
                String direction = DIRECTIONS[n / 2];
                client.post("/api/v1/direction-goals", body("goalId", goal,
                        "directionId", id("direction:" + direction),
                        "title", "Inriktningsmål " + (n % 2 + 1) + " inom " + direction + " " + from + "–" + (from + 3),
                        "fromYear", from, "toYear", from + 3,
                        "decision", decision(council, (from - 1) + "-06-18", "§ 87")));
                n++;
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            client.post("/api/v1/indicators", body("indicatorId", indicators.get(i),
                    "name", "Andel " + WORDS[i % WORDS.length] + " enligt mätning " + i, "unitOfMeasure", "procent",
                    "direction", i % 3 == 0 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER", "source", "KOLADA",
                    "koladaKpiId", "N" + (10000 + i)));
        }
    }

    /** Every nämnd's and bolag's years, oldest year first: a prefix of this list is an earlier point in history. */
    List<WorkItem> workItems() {
        List<WorkItem> items = new ArrayList<>();
        for (int year = firstYear; year <= LAST_YEAR; year++) {
            for (int unit = 0; unit < size.owningUnits(); unit++) {
                items.add(new WorkItem(unit, year));
            }
        }
        return items;
    }

    /**
     * Records the items with {@code clients} concurrent clients, year by year: a year's three reports are opened
     * before its first item and closed (and adopted by KF, where the dates allow) after its last, so that values and
     * assessments land in open reports. Returns the wall time in nanoseconds.
     */
    long record(List<WorkItem> items, LedgerClient client, int clients) {
        long start = System.nanoTime();
        int from = 0;
        while (from < items.size()) {
            int year = items.get(from).year();
            int to = from;
            while (to < items.size() && items.get(to).year() == year) {
                to++;
            }
            if (items.get(from).unit() == 0) {
                openReports(client, year);
            }
            recordInParallel(items.subList(from, to), client, clients);
            if (items.get(to - 1).unit() == size.owningUnits() - 1) {
                closeReports(client, year);
            }
            from = to;
        }
        return System.nanoTime() - start;
    }

    private void recordInParallel(List<WorkItem> items, LedgerClient client, int clients) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                        record(items.get(i), client);
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Dataset generation failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The kommun-wide delårsrapport 1, delårsrapport 2 and årsredovisning of a year. */
    UUID report(int year, String kind) {
        return id("report:" + year + ":" + kind);
    }

    private void openReports(LedgerClient client, int year) {
        for (String kind : REPORT_KINDS) {
            client.post("/api/v1/follow-up-reports", body("reportId", report(year, kind), "year", year, "kind", kind));
        }
    }

    /**
     * Closes each report whose cut-off has passed and has KF adopt it, as the demo does: delårsrapporterna some weeks
     * after their cut-off, the årsredovisning in April of the next year. The current year's årsredovisning stays open.
     */
    private void closeReports(LedgerClient client, int year) {
        for (int k = 0; k < REPORT_KINDS.length; k++) {
            LocalDate cutOff = cutOff(year, k);
            if (!today.isAfter(cutOff)) {
                continue;
            }
            client.post("/api/v1/follow-up-reports/" + report(year, REPORT_KINDS[k]) + "/close", null);
            LocalDate adoptedOn = adoptedOn(year, k);
            if (!adoptedOn.isAfter(today)) {
                client.post("/api/v1/follow-up-reports/" + report(year, REPORT_KINDS[k]) + "/adopt", body("decision",
                        decision(council, adoptedOn.toString(), "§ " + (60 + k * 40), "KS " + year + "/0" + (400 + k))));
            }
        }
    }

    /** The default cut-offs (styrledger.follow-up.cut-offs): 30 April, 31 August, 31 December. */
    private static LocalDate cutOff(int year, int kind) {
        return switch (kind) {
            case 0 -> LocalDate.of(year, 4, 30);
            case 1 -> LocalDate.of(year, 8, 31);
            default -> LocalDate.of(year, 12, 31);
        };
    }

    private static LocalDate adoptedOn(int year, int kind) {
        return kind == 2 ? LocalDate.of(year + 1, 4, 22) : cutOff(year, kind).plusDays(kind == 0 ? 46 : 56);
    }

    /** Months of the year that have begun by today: values are reported for periods that have begun. */
    int monthsReported(int year) {
        if (year < today.getYear()) {
            return 12;
        }
        return year > today.getYear() ? 0 : today.getMonthValue();
    }

    /** About one value in fifty is corrected later; which ones follows from the position alone. */
    static boolean corrected(int unit, int year, int goal, int month) {
        return Math.floorMod(unit * 31 + year * 7 + goal * 12 + month, 50) == 0;
    }

    /**
     * Every command the dataset sends, foundation included: counted from the same rules the generator follows, so
     * that a share of the work items is a share of the commands.
     */
    long plannedCommands() {
        long commands = 3 + 2L * size.committees() + size.companies() + 1 + DIRECTIONS.length
                + 6L * directionGoalsByPeriod.size() + indicators.size();
        for (int year = firstYear; year <= LAST_YEAR; year++) {
            commands += REPORT_KINDS.length;
            for (int k = 0; k < REPORT_KINDS.length; k++) {
                if (today.isAfter(cutOff(year, k))) {
                    commands += adoptedOn(year, k).isAfter(today) ? 1 : 2;
                }
            }
            for (int unit = 0; unit < size.owningUnits(); unit++) {
                commands += 1 + documentCommands(year);
                for (int g = 0; g < size.goalsPerUnitYear(); g++) {
                    commands += 2 + (long) size.activitiesPerGoal() * (year < LAST_YEAR ? 3 : 2)
                            + REPORT_KINDS.length;
                    for (int month = 1; month <= monthsReported(year); month++) {
                        commands += corrected(unit, year, g, month) ? 2 : 1;
                    }
                }
            }
        }
        return commands;
    }

    private void record(WorkItem item, LedgerClient client) {
        Random random = new Random(seed * 31 + item.unit() * 10_007L + item.year());
        UUID owner = owners.get(item.unit());
        String unitName = ownerNames.get(item.unit());
        int period = item.year() - Math.floorMod(item.year() - 2019, 4);
        List<UUID> directionGoals = directionGoalsByPeriod.get(period);
        String autumn = (item.year() - 1) + "-10-" + (10 + item.unit() % 15);
        String plannedOn = (item.year() - 1) + "-11-" + (12 + item.unit() % 10);
        List<UUID> yearGoals = new ArrayList<>();
        for (int g = 0; g < size.goalsPerUnitYear(); g++) {
            UUID goal = id("effect-goal:" + item.unit() + ":" + item.year() + ":" + g);
            String theme = WORDS[random.nextInt(WORDS.length)];
            String caseNumber = "DNR " + (item.year() - 1) + "/" + (100 + g);
            client.post("/api/v1/effect-goals", body("goalId", goal, "ownerUnitId", owner, "year", item.year(),
                    "title", "Ökad " + theme + " för " + TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)].toLowerCase(),
                    "targetGroup", TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)],
                    "intendedEffect", "Målgruppen upplever förbättrad " + theme + " och " + WORDS[random.nextInt(WORDS.length)],
                    "directionGoalIds", List.of(directionGoals.get(random.nextInt(directionGoals.size()))),
                    "decision", decision(owner, autumn, "§ " + (40 + g), caseNumber)));
            goals.add(new Goal(goal, owner, item.year(), Instant.now()));
            yearGoals.add(goal);
            UUID indicator = indicators.get(g);
            int target = 10 + random.nextInt(80);
            client.post("/api/v1/effect-goals/" + goal + "/indicators", body(
                    "indicatorId", indicator,
                    "target", body("value", BigDecimal.valueOf(target),
                            "period", body("kind", "YEAR", "year", item.year(), "number", 1)),
                    "decision", decision(owner, autumn, "§ " + (40 + g), caseNumber)));
            for (int a = 0; a < size.activitiesPerGoal(); a++) {
                int month = 3 + 2 * a;
                UUID activity = id("activity:" + item.unit() + ":" + item.year() + ":" + g + ":" + a);
                client.post("/api/v1/activities", body("activityId", activity, "effectGoalId", goal,
                        "title", "Insats " + (a + 1) + " för " + WORDS[random.nextInt(WORDS.length)],
                        "responsible", "Förvaltningschef, " + unitName,
                        "dueDate", item.year() + "-" + pad(month + 3) + "-30",
                        "decision", decision(owner, plannedOn, "§ " + (60 + g), caseNumber)));
                client.post("/api/v1/activities/" + activity + "/status", body("status", "IN_PROGRESS",
                        "comment", "Arbetet har startat enligt plan.", "changedOn", item.year() + "-" + pad(month) + "-01"));
                if (item.year() < LAST_YEAR) {
                    boolean cancelled = random.nextInt(8) == 0;
                    client.post("/api/v1/activities/" + activity + "/status", body(
                            "status", cancelled ? "CANCELLED" : "DONE",
                            "comment", cancelled ? "Inställd: ersatt av en regional satsning." : "Genomförd enligt plan.",
                            "changedOn", item.year() + "-" + pad(month + 3) + "-28"));
                }
            }
            monthlyValues(item, g, indicator, owner, target, random, client);
            for (String kind : REPORT_KINDS) {
                String level = LEVELS[random.nextInt(LEVELS.length)];
                client.post("/api/v1/assessments", body("assessmentId", id("assessment:" + kind + ":" + goal),
                        "reportId", report(item.year(), kind), "goalId", goal, "level", level,
                        "analysis", "Bedömning " + kind + " " + item.year() + ": " + level.toLowerCase()
                                + ", utfallet jämfört med målvärdet " + target + " och aktiviteternas läge.",
                        "assessedBy", unitName));
            }
        }
        client.post("/api/v1/operational-plans", body("planId", id("plan:" + item.unit() + ":" + item.year()),
                "unitId", owner, "year", item.year(), "summary", unitName + "s verksamhetsplan " + item.year(),
                "budgetFrame", BigDecimal.valueOf(50_000_000L + random.nextInt(200) * 1_000_000L),
                "effectGoalIds", yearGoals,
                "decision", decision(owner, (item.year() - 1) + "-11-" + (20 + item.unit() % 8), "§ 71",
                        "DNR " + (item.year() - 1) + "/0300")));
        documents(item, client);
    }

    /** The indicator's monthly utfall for the owning unit (the nyckeltalsrapport), and the odd correction. */
    private void monthlyValues(WorkItem item, int g, UUID indicator, UUID owner, int target, Random random,
                               LedgerClient client) {
        String source = "Verksamhetssystem, " + ownerNames.get(item.unit());
        for (int month = 1; month <= monthsReported(item.year()); month++) {
            UUID value = id("value:" + item.unit() + ":" + item.year() + ":" + g + ":" + month);
            BigDecimal figure = BigDecimal.valueOf(target * 8L + random.nextInt(target * 4 + 1), 1);
            client.post("/api/v1/indicator-values", body("valueId", value, "indicatorId", indicator,
                    "unitId", owner, "period", body("kind", "MONTH", "year", item.year(), "number", month),
                    "value", figure, "genderSplit", null, "source", source));
            if (corrected(item.unit(), item.year(), g, month)) {
                client.post("/api/v1/indicator-values/" + value + "/corrections", body(
                        "valueId", id("value-correction:" + item.unit() + ":" + item.year() + ":" + g + ":" + month),
                        "value", figure.add(BigDecimal.ONE), "source", source + ", omräknad",
                        "reason", "Registreringen för månaden var ofullständig; siffran är omräknad."));
            }
        }
    }

    /**
     * Commands for the unit's styrdokument in a year: four adopted in the first year; then each year one decision
     * in turn: the policy revised, the riktlinje confirmed as current, the reglemente or ägardirektiv confirmed by
     * KF, and the handlingsplan repealed and a new one adopted.
     */
    private int documentCommands(int year) {
        int k = year - firstYear;
        if (k == 0) {
            return 4;
        }
        return k % 4 == 0 ? 2 : 1;
    }

    private void documents(WorkItem item, LedgerClient client) {
        int unit = item.unit();
        int year = item.year();
        int k = year - firstYear;
        UUID owner = owners.get(unit);
        String name = ownerNames.get(unit);
        boolean committee = unit < size.committees();
        String on = year + "-03-" + (10 + unit % 15);
        Map<String, Object> decision = decision(owner, on, "§ " + (20 + k), "DNR " + year + "/05" + unit % 10);
        Map<String, Object> councilDecision = decision(council, on, "§ " + (120 + unit), "KS " + year + "/06" + unit % 10);
        Map<String, Object> scope = body("unitIds", committee
                ? List.of(owner, id("unit:förvaltning:" + (unit + 1))) : List.of(owner));
        String governing = committee ? "reglemente" : "ägardirektiv";
        if (k == 0) {
            adoptDocument(client, unit, "policy", "POLICY", "Policy för " + name, scope,
                    body("reviewDue", (year + 4) + "-03-31"), decision);
            adoptDocument(client, unit, "riktlinje", "GUIDELINE", "Riktlinjer för " + name, scope,
                    body("reviewDue", (year + 4) + "-06-30"), decision);
            adoptDocument(client, unit, governing, committee ? "CHARTER" : "OWNER_DIRECTIVE",
                    (committee ? "Reglemente för " : "Ägardirektiv för ") + name, scope,
                    body("reviewDue", (year + 4) + "-09-30"), councilDecision);
            adoptDocument(client, unit, "handlingsplan:" + year, "ACTION_PLAN", "Handlingsplan " + year + "–"
                    + (year + 5) + " för " + name, scope, body("validUntil", (year + 5) + "-12-31"), decision);
            return;
        }
        String path = "/api/v1/governing-documents/";
        switch (k % 4) {
            case 1 -> {
                Map<String, Object> revised = body("title", "Policy för " + name + ", reviderad " + year,
                        "owner", "Förvaltningschef", "scope", scope, "reviewDue", (year + 4) + "-03-31");
                revised.put("decision", decision);
                client.post(path + document(unit, "policy") + "/revise", revised);
            }
            case 2 -> client.post(path + document(unit, "riktlinje") + "/confirm-current",
                    body("reviewDue", (year + 4) + "-06-30", "decision", decision));
            case 3 -> client.post(path + document(unit, governing) + "/confirm-current",
                    body("reviewDue", (year + 4) + "-09-30", "decision", councilDecision));
            default -> {
                client.post(path + document(unit, "handlingsplan:" + (year - 4)) + "/repeal",
                        body("decision", decision));
                adoptDocument(client, unit, "handlingsplan:" + year, "ACTION_PLAN", "Handlingsplan " + year + "–"
                        + (year + 5) + " för " + name, scope, body("validUntil", (year + 5) + "-12-31"), decision);
            }
        }
    }

    private UUID document(int unit, String key) {
        return id("governing-document:" + unit + ":" + key);
    }

    private void adoptDocument(LedgerClient client, int unit, String key, String type, String title,
                               Map<String, Object> scope, Map<String, Object> rest, Map<String, Object> decision) {
        Map<String, Object> body = body("documentId", document(unit, key), "type", type, "title", title,
                "owner", "Förvaltningschef, " + ownerNames.get(unit), "scope", scope);
        body.putAll(rest);
        body.put("decision", decision);
        client.post("/api/v1/governing-documents", body);
    }

    private static void establish(LedgerClient client, UUID id, String name, String kind, UUID parentId,
                                  Map<String, Object> decision) {
        Map<String, Object> body = body("unitId", id, "name", name, "kind", kind);
        body.put("parentId", parentId);
        body.put("decision", decision);
        client.post("/api/v1/units", body);
    }

    private Map<String, Object> decision(UUID decidedBy, String decidedOn, String paragraph) {
        return decision(decidedBy, decidedOn, paragraph, "KS " + decidedOn.substring(0, 4) + "/0" + paragraph.length());
    }

    private Map<String, Object> decision(UUID decidedBy, String decidedOn, String paragraph, String caseNumber) {
        Map<String, Object> decision = new LinkedHashMap<>();
        if (decidedBy != null) {
            decision.put("decidedBy", decidedBy);
        }
        decision.put("decidedOn", decidedOn);
        decision.put("paragraph", paragraph);
        decision.put("caseNumber", caseNumber);
        return decision;
    }

    private static String pad(int month) {
        return month < 10 ? "0" + month : String.valueOf(month);
    }

    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
