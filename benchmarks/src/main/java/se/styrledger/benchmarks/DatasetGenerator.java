package se.styrledger.benchmarks;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
    private final int firstYear;
    private final int base;
    private final UUID council;
    private final List<UUID> owners = new ArrayList<>();
    private final List<String> ownerNames = new ArrayList<>();
    private final Map<Integer, List<UUID>> directionGoalsByPeriod = new LinkedHashMap<>();
    private final List<UUID> indicators = new ArrayList<>();
    private final ConcurrentLinkedQueue<Goal> goals = new ConcurrentLinkedQueue<>();

    DatasetGenerator(DatasetSize size, long seed) {
        this.size = size;
        this.seed = seed;
        this.firstYear = LAST_YEAR - size.years() + 1;
        this.base = firstYear - 6;
        this.council = id("unit:KF");
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
            UUID committee = id("unit:nämnd:" + i);
            String name = "Nämnd " + i + " för " + WORDS[i % WORDS.length];
            establish(client, committee, name, "COMMITTEE", council, decision(council, base + "-12-15", "§ " + (10 + i)));
            establish(client, id("unit:förvaltning:" + i), "Förvaltning " + i, "ADMINISTRATION", committee,
                    decision(committee, (base + 1) + "-01-20", "§ 1"));
            owners.add(committee);
            ownerNames.add(name);
        }
        for (int i = 1; i <= size.companies(); i++) {
            UUID company = id("unit:bolag:" + i);
            String name = "Kommunbolag " + i + " AB";
            establish(client, company, name, "COMPANY", council, decision(council, base + "-12-15", "§ " + (100 + i)));
            owners.add(company);
            ownerNames.add(name);
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
        // Mandatperioder start 2019, 2023, …; the first one that covers firstYear may start up to three years before.
        int period = firstYear - Math.floorMod(firstYear - 2019, 4);
        for (; period <= LAST_YEAR; period += 4) {
            List<UUID> periodGoals = new ArrayList<>();
            for (String direction : DIRECTIONS) {
                for (int n = 1; n <= 2; n++) {
                    UUID goal = id("direction-goal:" + period + ":" + direction + ":" + n);
                    client.post("/api/v1/direction-goals", body("goalId", goal,
                            "directionId", id("direction:" + direction),
                            "title", "Inriktningsmål " + n + " inom " + direction + " " + period + "–" + (period + 3),
                            "fromYear", period, "toYear", period + 3,
                            "decision", decision(council, (period - 1) + "-06-18", "§ 87")));
                    periodGoals.add(goal);
                }
            }
            directionGoalsByPeriod.put(period, periodGoals);
        }
        for (int i = 0; i < 8; i++) {
            UUID indicator = id("indicator:" + i);
            client.post("/api/v1/indicators", body("indicatorId", indicator,
                    "name", "Andel " + WORDS[i] + " enligt mätning " + i, "unitOfMeasure", "procent",
                    "direction", i % 3 == 0 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER", "source", "KOLADA",
                    "koladaKpiId", "N" + (10000 + i)));
            indicators.add(indicator);
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

    /** Records the items with {@code clients} concurrent clients; returns the wall time in nanoseconds. */
    long record(List<WorkItem> items, LedgerClient client, int clients) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
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
            return System.nanoTime() - start;
        } catch (Exception e) {
            throw new IllegalStateException("Dataset generation failed", e);
        } finally {
            pool.shutdownNow();
        }
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
            client.post("/api/v1/effect-goals/" + goal + "/indicators", body(
                    "indicatorId", indicators.get(random.nextInt(indicators.size())),
                    "target", body("value", BigDecimal.valueOf(10 + random.nextInt(80)),
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
        }
        client.post("/api/v1/operational-plans", body("planId", id("plan:" + item.unit() + ":" + item.year()),
                "unitId", owner, "year", item.year(), "summary", unitName + "s verksamhetsplan " + item.year(),
                "budgetFrame", BigDecimal.valueOf(50_000_000L + random.nextInt(200) * 1_000_000L),
                "effectGoalIds", yearGoals,
                "decision", decision(owner, (item.year() - 1) + "-11-" + (20 + item.unit() % 8), "§ 71",
                        "DNR " + (item.year() - 1) + "/0300")));
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
