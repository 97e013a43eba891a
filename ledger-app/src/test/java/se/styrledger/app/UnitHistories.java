package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

/** A varied organisation history recorded over HTTP: what rebuilds and imports must reproduce. */
final class UnitHistories {

    private UnitHistories() {
    }

    /**
     * Establishes nämnder, a förvaltning and an enhet under {@code council}, then renames (some backdated to before
     * they were decided), moves and dissolves them. Returns the position of the last event.
     */
    static long recordVaried(HttpApi api, UUID council) {
        UUID social = establish(api, "Socialnämnden", "COMMITTEE", council, council, "2015-01-12", null);
        UUID culture = establish(api, "Kulturnämnden", "COMMITTEE", council, council, "2015-01-12", null);
        UUID administration = establish(api, "Socialförvaltningen", "ADMINISTRATION", social, council, "2016-03-01",
                null);
        UUID unit = establish(api, "Enheten för försörjningsstöd", "UNIT", administration, council, "2017-05-02",
                null);
        change(api, social, "rename", "\"name\": \"Social- och omsorgsnämnden\"", council, "2020-06-15", "2020-01-01");
        change(api, culture, "rename", "\"name\": \"Kultur- och fritidsnämnden\"", council, "2021-03-01",
                "2021-04-01");
        change(api, administration, "move", "\"parentId\": \"" + culture + "\"", council, "2019-01-10", null);
        change(api, administration, "rename", "\"name\": \"Omsorgsförvaltningen\"", council, "2019-02-01",
                "2018-07-01");
        change(api, unit, "dissolve", null, council, "2022-12-12", "2022-12-31");
        UUID election = establish(api, "Valnämnden", "COMMITTEE", council, council, "2018-01-15", null);
        return change(api, election, "dissolve", null, council, "2019-06-17", null);
    }

    private static UUID establish(HttpApi api, String name, String kind, UUID parent, UUID council, String decidedOn,
                                  String effectiveFrom) {
        JsonNode created = api.post("/api/v1/units", """
                {"name": "%s", "kind": "%s", "parentId": "%s", "decision": %s}
                """.formatted(name, kind, parent, decision(council, decidedOn, effectiveFrom))).expect(201).body();
        return UUID.fromString(created.get("id").asText());
    }

    private static long change(HttpApi api, UUID unit, String action, String field, UUID council, String decidedOn,
                               String effectiveFrom) {
        String body = "{" + (field == null ? "" : field + ", ") + "\"decision\": "
                + decision(council, decidedOn, effectiveFrom) + "}";
        return api.post("/api/v1/units/" + unit + "/" + action, body).expect(200).body().get("position").asLong();
    }

    private static String decision(UUID council, String decidedOn, String effectiveFrom) {
        return """
                {"decidedBy": "%s", "decidedOn": "%s", "paragraph": "§ 7", "caseNumber": "KS %s/0042"%s}
                """.formatted(council, decidedOn, decidedOn.substring(0, 4),
                effectiveFrom == null ? "" : ", \"effectiveFrom\": \"" + effectiveFrom + "\"").strip();
    }
}
