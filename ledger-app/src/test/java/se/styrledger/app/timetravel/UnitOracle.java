package se.styrledger.app.timetravel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.styrledger.app.HttpApi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The organisation: GET /api/v1/units against a fold of the unit events written here from their meaning alone. A
 * unit's state on a date is every decision in force by that date applied in order (by effective date, then as
 * recorded); a version lasts while that state does; its row was recorded by the first event since which the ledger
 * has shown that version without a break.
 */
final class UnitOracle implements ReadModelOracle {

    private static final int COMMANDS = 40;
    private static final List<String> NAMES = List.of("Socialnämnden", "Kulturnämnden", "Miljönämnden",
            "Tekniska nämnden", "Barn- och utbildningsnämnden", "Fritidsnämnden", "Byggnadsnämnden");

    /** A unit's state: everything the query shows about it besides its validity and position. */
    private record State(String name, String kind, String parentId, boolean dissolved, JsonNode decision) {
    }

    private record Version(LocalDate validFrom, LocalDate validTo, State state) {
    }

    /** What the generator knows of a unit it made, to propose commands that mostly make sense. */
    private static final class Unit {
        final String id;
        final String kind;
        final LocalDate from;
        boolean dissolved;

        Unit(String id, String kind, LocalDate from) {
            this.id = id;
            this.kind = kind;
            this.from = from;
        }
    }

    @Override
    public String name() {
        return "units";
    }

    /**
     * Establishes, renames, moves and dissolves units by random decisions. Most commands make sense; some do not (a
     * parent that did not exist yet, a change to a dissolved unit) and are refused, which records nothing.
     */
    @Override
    public History record(HttpApi api, Random random) {
        List<Unit> units = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode council = api.post("/api/v1/units", """
                {"name": "Kommunfullmäktige", "kind": "COUNCIL",
                 "decision": {"decidedOn": "1990-01-01", "paragraph": "§ 1", "caseNumber": "KF 1990/0001"}}
                """).expect(201).body();
        String councilId = council.get("id").asText();
        units.add(new Unit(councilId, "COUNCIL", LocalDate.of(1990, 1, 1)));
        ids.add(councilId);
        long first = council.get("position").asLong();
        long last = first;
        for (int i = 0; i < COMMANDS; i++) {
            int choice = random.nextInt(10);
            String kind = choice < 2 ? "COMMITTEE" : choice == 2 ? "ADMINISTRATION" : choice == 3 ? "UNIT" : null;
            Unit subject = kind != null ? null : pick(units, random);
            if (kind == null && subject == null) {
                continue;
            }
            Unit parent = parentFor(kind != null ? kind : subject.kind, units, random);
            if ((kind != null || choice == 7 || choice == 8) && parent == null) {
                continue;
            }
            LocalDate decidedOn = after(kind != null ? parent.from : subject.from, random);
            Map.Entry<LocalDate, String> decision = decision(councilId, decidedOn, random);
            String path;
            String body;
            if (kind != null) {
                path = "/api/v1/units";
                body = "{\"name\": \"" + name(random, i) + "\", \"kind\": \"" + kind + "\", \"parentId\": \""
                        + parent.id + "\", \"decision\": " + decision.getValue() + "}";
            } else if (choice < 7) {
                path = "/api/v1/units/" + subject.id + "/rename";
                body = "{\"name\": \"" + name(random, i) + "\", \"decision\": " + decision.getValue() + "}";
            } else if (choice < 9) {
                path = "/api/v1/units/" + subject.id + "/move";
                body = "{\"parentId\": \"" + parent.id + "\", \"decision\": " + decision.getValue() + "}";
            } else {
                path = "/api/v1/units/" + subject.id + "/dissolve";
                body = "{\"decision\": " + decision.getValue() + "}";
            }
            HttpApi.Answer answer = api.post(path, body);
            if (answer.status() >= 500) {
                throw new AssertionError("A generated command broke the ledger: " + body + " → " + answer.text());
            }
            if (answer.status() >= 300) {
                continue;
            }
            dates.add(decision.getKey());
            last = Math.max(last, answer.body().get("position").asLong());
            if (kind != null) {
                String id = answer.body().get("id").asText();
                units.add(new Unit(id, kind, decision.getKey()));
                ids.add(id);
            } else if (path.endsWith("/dissolve")) {
                subject.dissolved = true;
            }
        }
        return new History(Set.copyOf(ids), first, last, List.copyOf(dates));
    }

    /**
     * Mostly a unit still in operation; now and then a dissolved one, whose change must be refused. Never KF, whose
     * decisions every other change needs.
     */
    private static Unit pick(List<Unit> units, Random random) {
        List<Unit> all = units.stream().filter(u -> !u.kind.equals("COUNCIL")).toList();
        List<Unit> active = all.stream().filter(u -> !u.dissolved).toList();
        if (all.isEmpty()) {
            return null;
        }
        return active.isEmpty() || random.nextInt(10) == 0 ? all.get(random.nextInt(all.size()))
                : active.get(random.nextInt(active.size()));
    }

    private static Unit parentFor(String kind, List<Unit> units, Random random) {
        Set<String> parents = switch (kind) {
            case "COMMITTEE", "EXECUTIVE_BOARD", "COMPANY" -> Set.of("COUNCIL");
            case "ADMINISTRATION" -> Set.of("COMMITTEE");
            case "UNIT" -> Set.of("ADMINISTRATION", "UNIT");
            default -> Set.of();
        };
        List<Unit> candidates = units.stream().filter(u -> parents.contains(u.kind) && !u.dissolved).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private static String name(Random random, int i) {
        return NAMES.get(random.nextInt(NAMES.size())) + " " + i;
    }

    /** A meeting some time after {@code from}, never after 2025 (a decision is recorded after its meeting). */
    private static LocalDate after(LocalDate from, Random random) {
        LocalDate start = from.isBefore(LocalDate.of(2000, 1, 1)) ? LocalDate.of(2000, 1, 1) : from;
        LocalDate date = start.plusDays(random.nextInt(365 * 6));
        return date.isAfter(LocalDate.of(2025, 12, 31)) ? LocalDate.of(2025, 12, 31) : date;
    }

    /**
     * A decision in force from the meeting, from a later date, or backdated to before the meeting; returns its
     * effective date and its JSON.
     */
    private static Map.Entry<LocalDate, String> decision(String council, LocalDate decidedOn, Random random) {
        int mode = random.nextInt(10);
        LocalDate effective = mode < 4 ? decidedOn
                : mode < 7 ? decidedOn.plusDays(1 + random.nextInt(120)) : decidedOn.minusDays(1 + random.nextInt(400));
        return Map.entry(effective, "{\"decidedBy\": \"" + council + "\", \"decidedOn\": \"" + decidedOn
                + "\", \"paragraph\": \"§ " + (1 + random.nextInt(200)) + "\", \"caseNumber\": \"KS "
                + decidedOn.getYear() + "/" + (1000 + random.nextInt(9000)) + "\", \"effectiveFrom\": \"" + effective
                + "\"}");
    }

    @Override
    public JsonNode fastPath(HttpApi api, ObjectMapper json, History history, LocalDate asOf, Instant knownAt) {
        JsonNode units = api.get("/api/v1/units?asOf=" + asOf + "&knownAt=" + knownAt + "&minPosition="
                + history.lastPosition()).expect(200).body();
        ArrayNode answer = json.createArrayNode();
        List<JsonNode> ours = new ArrayList<>();
        units.forEach(unit -> {
            if (history.aggregateIds().contains(unit.get("unitId").asText())) {
                ours.add(unit);
            }
        });
        ours.stream().sorted(Comparator.comparing(unit -> unit.get("unitId").asText())).forEach(unit -> {
            ObjectNode row = answer.addObject();
            row.put("unitId", unit.get("unitId").asText());
            row.put("name", unit.get("name").asText());
            row.put("kind", unit.get("kind").asText());
            row.put("parentId", unit.get("parentId").isNull() ? null : unit.get("parentId").asText());
            row.put("dissolved", unit.get("dissolved").asBoolean());
            row.put("validFrom", unit.get("validFrom").asText());
            row.put("validTo", unit.get("validTo").isNull() ? null : unit.get("validTo").asText());
            JsonNode decision = unit.get("decision");
            row.put("decidedBy", decision.get("decidedBy").asText());
            row.put("decidedOn", decision.get("decidedOn").asText());
            row.put("paragraph", decision.get("paragraph").asText());
            row.put("caseNumber", decision.get("caseNumber").asText());
            row.put("recordedPosition", unit.get("recordedPosition").asLong());
        });
        return answer;
    }

    @Override
    public JsonNode replay(ObjectMapper json, List<RecordedEvent> known, History history, LocalDate asOf) {
        Map<String, List<RecordedEvent>> byUnit = known.stream()
                .filter(event -> event.type().startsWith("Unit"))
                .collect(Collectors.groupingBy(RecordedEvent::aggregateId, TreeMap::new, Collectors.toList()));
        ArrayNode answer = json.createArrayNode();
        byUnit.forEach((unitId, events) -> {
            Version version = inForce(versions(events), asOf);
            if (version == null) {
                return;
            }
            int since = events.size() - 1;
            while (since > 0 && versions(events.subList(0, since)).contains(version)) {
                since--;
            }
            State state = version.state();
            ObjectNode row = answer.addObject();
            row.put("unitId", unitId);
            row.put("name", state.name());
            row.put("kind", state.kind());
            row.put("parentId", state.parentId());
            row.put("dissolved", state.dissolved());
            row.put("validFrom", version.validFrom().toString());
            row.put("validTo", version.validTo() == null ? null : version.validTo().toString());
            row.put("decidedBy", state.decision().get("decidedBy").asText());
            row.put("decidedOn", state.decision().get("decidedOn").asText());
            row.put("paragraph", state.decision().get("paragraph").asText());
            row.put("caseNumber", state.decision().get("caseNumber").asText());
            row.put("recordedPosition", events.get(since).position());
        });
        return answer;
    }

    /** The unit's versions as the given events describe it, over every date one of them takes effect. */
    private static List<Version> versions(List<RecordedEvent> events) {
        Set<LocalDate> dates = new TreeSet<>();
        events.forEach(event -> dates.add(effective(event)));
        List<Version> versions = new ArrayList<>();
        for (LocalDate date : dates) {
            State state = stateOn(events, date);
            if (state == null) {
                continue;
            }
            Version previous = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            if (previous != null && previous.state().equals(state)) {
                continue;
            }
            if (previous != null) {
                versions.set(versions.size() - 1, new Version(previous.validFrom(), date, previous.state()));
            }
            versions.add(new Version(date, null, state));
        }
        return versions;
    }

    private static Version inForce(List<Version> versions, LocalDate asOf) {
        return versions.stream()
                .filter(v -> !v.validFrom().isAfter(asOf) && (v.validTo() == null || v.validTo().isAfter(asOf)))
                .findFirst().orElse(null);
    }

    /** Every decision in force on {@code date}, applied by effective date and then in the order recorded. */
    private static State stateOn(List<RecordedEvent> events, LocalDate date) {
        List<RecordedEvent> inForce = events.stream()
                .filter(event -> !effective(event).isAfter(date))
                .sorted(Comparator.comparing(UnitOracle::effective).thenComparingLong(RecordedEvent::sequence))
                .toList();
        State state = null;
        for (RecordedEvent event : inForce) {
            JsonNode p = event.payload();
            JsonNode decision = p.get("decision");
            state = switch (event.type()) {
                case "UnitEstablished" -> new State(p.get("name").asText(), p.get("kind").asText(),
                        p.get("parentId").isNull() ? null : p.get("parentId").asText(), false, decision);
                case "UnitRenamed" -> state == null ? null
                        : new State(p.get("name").asText(), state.kind(), state.parentId(), state.dissolved(), decision);
                case "UnitMoved" -> state == null ? null
                        : new State(state.name(), state.kind(), p.get("parentId").asText(), state.dissolved(), decision);
                case "UnitDissolved" -> state == null ? null
                        : new State(state.name(), state.kind(), state.parentId(), true, decision);
                default -> throw new AssertionError("Not a unit event: " + event.type());
            };
        }
        return state;
    }

    private static LocalDate effective(RecordedEvent event) {
        return LocalDate.parse(Objects.requireNonNull(event.payload().get("decision").get("effectiveFrom")).asText());
    }
}
