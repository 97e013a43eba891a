package se.styrledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-32, "writing needs an account with the right role for that unit", over HTTP against the whole ledger: rights are
 * granted and revoked by KS's decisions, every command is checked against the units it records for, the revisor asks
 * who could record when, and the audit trail names the right each event was recorded under. Accounts (see
 * LedgerHttpTest): demo and recorder hold the configured right for the whole kommun; clerk (RECORDER) and operator
 * (ADMIN) hold nothing until a test grants it.
 */
class RecordingRightsEndToEndTest extends LedgerHttpTest {

    /** KF, KS under it, and two nämnder with a förvaltning under the first. */
    private record Organisation(UUID council, UUID board, UUID social, UUID administration, UUID technical) {
    }

    private Organisation organisation() {
        UUID council = council();
        UUID social = unit("Socialnämnden", "COMMITTEE", council, council);
        return new Organisation(council, unit("Kommunstyrelsen", "EXECUTIVE_BOARD", council, council), social,
                unit("Socialförvaltningen", "ADMINISTRATION", social, social),
                unit("Tekniska nämnden", "COMMITTEE", council, council));
    }

    private UUID unit(String name, String kind, UUID parent, UUID decidedBy) {
        return UUID.fromString(api().post("/api/v1/units", """
                {"name": "%s", "kind": "%s", "parentId": "%s", "decision": %s}"""
                .formatted(name, kind, parent, decision(decidedBy, "2015-01-10"))).expect(201).body().get("id").asText());
    }

    private UUID grant(String account, UUID unit, boolean includesSubunits, UUID decidedBy, String decidedOn) {
        JsonNode created = api().post("/api/v1/recording-rights", """
                {"grantee": {"kind": "ACCOUNT", "name": "%s"}, "unitId": "%s", "includesSubunits": %s,
                 "decision": {"decidedBy": "%s", "decidedOn": "%s", "paragraph": "§ 12", "caseNumber": "KS 2024/0100"}}"""
                .formatted(account, unit, includesSubunits, decidedBy, decidedOn)).expect(201).body();
        return UUID.fromString(created.get("id").asText());
    }

    private HttpApi.Answer rename(HttpApi as, UUID unit, String name) {
        return as.post("/api/v1/units/" + unit + "/rename", """
                {"name": "%s", "decision": %s}""".formatted(name, decision(unit, "2024-02-01")));
    }

    private HttpApi clerk() {
        return api().as("clerk", "clerk-pass");
    }

    private HttpApi revisor() {
        return api().as("revisor", "revisor-pass");
    }

    @Test
    void aRecorderWithoutARightForTheUnitIsRefused403UnderR32AndNothingIsRecorded() {
        Organisation o = organisation();
        long before = eventCount();

        JsonNode problem = rename(clerk(), o.social(), "Omsorgsnämnden").problem(403);

        assertThat(problem.get("rule").asText()).isEqualTo("R-32");
        assertThat(problem.get("title").asText()).isEqualTo("Behörighet saknas enligt regel R-32");
        assertThat(problem.get("detail").asText()).contains(o.social().toString()).contains("clerk");
        assertThat(eventCount()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void aRightGrantedByTheExecutiveBoardLetsTheAccountRecordForThatUnitOnlyUnderR32() {
        Organisation o = organisation();
        UUID right = grant("clerk", o.social(), false, o.board(), "2024-01-15");

        long position = rename(clerk(), o.social(), "Omsorgsnämnden").expect(200).body().get("position").asLong();

        assertThat(rename(clerk(), o.technical(), "Samhällsbyggnadsnämnden").problem(403).get("rule").asText())
                .as("another nämnd").isEqualTo("R-32");
        assertThat(rename(clerk(), o.council(), "Fullmäktige").problem(403).get("rule").asText())
                .as("a KF decision needs a right for KF").isEqualTo("R-32");
        assertThat(clerk().post("/api/v1/units", """
                {"name": "Omsorgsförvaltningen", "kind": "ADMINISTRATION", "parentId": "%s", "decision": %s}"""
                .formatted(o.social(), decision(o.social(), "2024-02-01"))).status())
                .as("the nämnd's own decision on a förvaltning under it").isEqualTo(201);

        JsonNode trail = revisor().get("/api/v1/audit/people/clerk/trail?minPosition=" + position).expect(200).body();
        List<String> rights = new ArrayList<>();
        trail.forEach(entry -> {
            if (entry.get("aggregateId").asText().equals(o.social().toString())) {
                rights.add(entry.get("recordingRight").asText());
            }
        });
        assertThat(rights).as("the audit trail names the grant each event was recorded under")
                .isNotEmpty().containsOnly(right.toString());
    }

    @Test
    void aRightWithTheUnitsBelowCoversTheForvaltningUnderTheNamndButNotTheNamndAbove() {
        Organisation o = organisation();
        grant("clerk", o.administration(), true, o.board(), "2024-01-15");
        UUID indicator = UUID.fromString(api().post("/api/v1/indicators", """
                {"name": "Handläggningstid", "unitOfMeasure": "dagar", "direction": "LOWER_IS_BETTER", "source": "OWN_MEASUREMENT"}"""
        ).expect(201).body().get("id").asText());

        assertThat(clerk().post("/api/v1/indicator-values", value(indicator, o.administration())).status())
                .isEqualTo(201);
        assertThat(clerk().post("/api/v1/indicator-values", value(indicator, o.social())).problem(403)
                .get("detail").asText()).contains(o.social().toString());

        grant("clerk", o.social(), true, o.board(), "2024-01-15");
        UUID child = unit("Avdelning barn och unga", "UNIT", o.administration(), o.social());
        assertThat(clerk().post("/api/v1/indicator-values", value(indicator, child)).status())
                .as("a unit established after the grant is below it too").isEqualTo(201);
    }

    private static String value(UUID indicator, UUID unit) {
        return """
                {"indicatorId": "%s", "unitId": "%s", "period": {"kind": "YEAR", "year": 2024, "number": 1},
                 "value": 41, "source": "Verksamhetssystemet"}""".formatted(indicator, unit);
    }

    @Test
    void aRevokedRightEndsOnItsDateAndTheRevisorStillSeesWhoCouldRecordBefore() {
        Organisation o = organisation();
        String today = LocalDate.now().toString();
        String yesterday = LocalDate.now().minusDays(1).toString();
        UUID right = grant("clerk", o.social(), false, o.board(), "2024-01-15");
        rename(clerk(), o.social(), "Omsorgsnämnden").expect(200);
        Instant beforeRevocation = Instant.now();

        long revoked = api().post("/api/v1/recording-rights/" + right + "/revoke", """
                {"reason": "Anställningen upphör", "decision": %s}""".formatted(decision(o.board(), today)))
                .expect(200).body().get("position").asLong();

        assertThat(rename(clerk(), o.social(), "Socialnämnden").problem(403).get("rule").asText()).isEqualTo("R-32");
        String path = "/api/v1/audit/recording-rights?unitId=" + o.social() + "&minPosition=" + revoked;
        assertThat(holders(revisor().get(path + "&asOf=2024-03-01").expect(200).body()))
                .as("who could record for Socialnämnden on 2024-03-01: the configured rights start on the ledger's"
                        + " first day").containsExactly("clerk");
        assertThat(holders(revisor().get(path + "&asOf=" + yesterday).expect(200).body())).contains("clerk");
        assertThat(holders(revisor().get(path + "&asOf=" + today).expect(200).body())).doesNotContain("clerk")
                .contains("demo");
        assertThat(holders(revisor().get(path + "&asOf=" + today + "&knownAt=" + beforeRevocation).expect(200)
                .body())).as("as the ledger knew it before the revocation").contains("clerk");
        assertThat(holders(revisor().get(path + "&asOf=2024-01-14").expect(200).body()))
                .as("before the grant took effect").doesNotContain("clerk");

        JsonNode clerks = revisor().get(path + "&asOf=" + today + "&knownAt=" + beforeRevocation).body();
        assertThat(clerks.size()).isGreaterThan(1);
        clerks.forEach(r -> {
            if (r.get("grantee").asText().equals("clerk")) {
                assertThat(r.get("appliesAs").asText()).isEqualTo("UNIT");
                assertThat(r.get("decidedBy").asText()).isEqualTo(o.board().toString());
                assertThat(r.get("caseNumber").asText()).isEqualTo("KS 2024/0100");
            } else {
                assertThat(r.get("appliesAs").asText()).as("the configured right").isEqualTo("KOMMUN");
                assertThat(r.get("configuredAs").asText()).startsWith("styrledger.recording-rights.bootstrap");
            }
        });
    }

    private static List<String> holders(JsonNode rights) {
        List<String> names = new ArrayList<>();
        rights.forEach(r -> names.add(r.get("grantee").asText()));
        return names;
    }

    @Test
    void whoCouldRecordIsForAuditorsAndAdminsOnlyUnderR34() {
        api().anonymous().get("/api/v1/audit/recording-rights").problem(401);
        api().as("recorder", "recorder-pass").get("/api/v1/audit/recording-rights").problem(403);
        api().as("operator", "operator-pass").get("/api/v1/audit/recording-rights").expect(200);
        assertThat(holders(revisor().get("/api/v1/audit/recording-rights").expect(200).body()))
                .as("the rights from configuration, recorded on the first start").contains("demo", "recorder");
    }

    @Test
    void aNamndCannotGrantRightsAndARightForAnUnknownUnitIsRefusedUnderR32() {
        Organisation o = organisation();
        long before = eventCount();

        JsonNode byNamnd = api().post("/api/v1/recording-rights", """
                {"grantee": {"kind": "GROUP", "name": "socialsekreterare"}, "unitId": "%s",
                 "decision": %s}""".formatted(o.social(), decision(o.social(), "2024-01-15"))).problem(422);
        assertThat(byNamnd.get("rule").asText()).isEqualTo("R-32");
        assertThat(byNamnd.get("field").asText()).isEqualTo("decision.decidedBy");
        JsonNode unknown = api().post("/api/v1/recording-rights", """
                {"grantee": {"kind": "ACCOUNT", "name": "clerk"}, "unitId": "%s", "decision": %s}"""
                .formatted(UUID.randomUUID(), decision(o.board(), "2024-01-15"))).problem(422);
        assertThat(unknown.get("rule").asText()).isEqualTo("R-32");
        assertThat(unknown.get("field").asText()).isEqualTo("unitId");
        api().post("/api/v1/recording-rights", """
                {"grantee": {"kind": "SOMEONE", "name": "clerk"}, "unitId": "%s", "decision": %s}"""
                .formatted(o.social(), decision(o.board(), "2024-01-15"))).problem(400);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aGroupOfTheLoginHoldsARightForEveryoneInIt() {
        Organisation o = organisation();
        api().post("/api/v1/recording-rights", """
                {"grantee": {"kind": "GROUP", "name": "ADMIN"}, "unitId": "%s", "decision": %s}"""
                .formatted(o.technical(), decision(o.board(), "2024-01-15"))).expect(201);

        assertThat(rename(api().as("operator", "operator-pass"), o.technical(), "Samhällsbyggnadsnämnden").status())
                .as("ADMIN records where granted").isEqualTo(200);
        assertThat(rename(api().as("operator", "operator-pass"), o.social(), "Omsorgsnämnden").problem(403)
                .get("rule").asText()).as("and only there").isEqualTo("R-32");
    }

    @Test
    void theOpenExportWithholdsTheAccountARightIsGivenToUnderR34() {
        Organisation o = organisation();
        long position = api().post("/api/v1/recording-rights", """
                {"grantee": {"kind": "ACCOUNT", "name": "anna.svensson"}, "unitId": "%s", "decision": %s}"""
                .formatted(o.social(), decision(o.board(), "2024-01-15"))).expect(201).body().get("position").asLong();
        String range = "/api/v1/events?fromPosition=" + position + "&toPosition=" + position;

        String open = api().anonymous().get(range).expect(200).text();
        assertThat(open).contains("RecordingRightGranted").doesNotContain("anna.svensson");
        assertThat(api().get(range).expect(200).text()).as("AUDITOR and ADMIN see whom").contains("anna.svensson");
        assertThat(api().anonymous().get("/api/v1/events?toPosition=" + position).expect(200).text())
                .as("nor the configured rights' accounts").doesNotContain("\"name\":\"demo\"")
                .doesNotContain("accounts=demo");
    }

    @Test
    void anAktivitetsFollowUpAndAValuesCorrectionAreRecordedForTheUnitTheyBelongToUnderR32() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2024, "Fler unga i egen försörjning");
        UUID value = kommun.value("YEAR", 1, "64", "null");
        HttpApi.Answer status = clerk().post("/api/v1/activities/" + kommun.activity + "/status", """
                {"status": "IN_PROGRESS", "comment": "Första kursen startad", "changedOn": "2024-02-01"}""");
        assertThat(status.problem(403).get("detail").asText()).contains(kommun.committee.toString());

        api().post("/api/v1/recording-rights", """
                {"grantee": {"kind": "ACCOUNT", "name": "clerk"}, "unitId": "%s", "decision": %s}"""
                .formatted(kommun.committee, decision(kommun.council, "2024-01-15"))).expect(201);

        clerk().post("/api/v1/activities/" + kommun.activity + "/status", """
                {"status": "IN_PROGRESS", "comment": "Första kursen startad", "changedOn": "2024-02-01"}""")
                .expect(200);
        clerk().post("/api/v1/indicator-values/" + value + "/corrections", """
                {"value": 66, "source": "Brukarundersökning 2024", "reason": "Två svar kom sent"}""").expect(201);
        assertThat(clerk().post("/api/v1/indicators", """
                {"name": "Andel", "unitOfMeasure": "procent", "direction": "HIGHER_IS_BETTER", "source": "SURVEY"}""")
                .problem(403).get("rule").asText()).as("the indicator catalogue is KS's or KF's").isEqualTo("R-32");
    }
}
