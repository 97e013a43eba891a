package se.styrledger.app.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.styrledger.app.BrowserTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revisor opens a nämnd's ansvarsprövning for 2019 in real headless Chromium: KF's decision with its grounds and a
 * link to the protokoll, the revisorer's bedömning, the presidium with a fyllnadsval, and the downloads. axe-core
 * checks the page (WCAG 2.1 AA, 0 violations); no account that recorded anything is on it.
 */
class AccountabilityBrowserTest extends BrowserTest {

    @Test
    void aRevisorReadsANamndsAnsvarsprovningWithKfsDecisionAndItsProtokoll() {
        UUID council = council();
        String name = "Prövade nämnden " + UUID.randomUUID().toString().substring(0, 6);
        UUID namnd = UUID.fromString(api().post("/api/v1/units", """
                {"name": "%s", "kind": "COMMITTEE", "parentId": "%s", "decision": %s}"""
                .formatted(name, council, decision(council, "2014-12-15"))).expect(201).body().get("id").asText());
        String kf = """
                {"decidedBy": "%s", "decidedOn": "%%s", "paragraph": "§ 45", "caseNumber": "KS 2020/0101", "links": %%s}"""
                .formatted(council);
        api().post("/api/v1/presidia", """
                {"unitId": "%s", "term": {"startsOn": "2019-01-01", "endsOn": "2022-12-31"},
                 "officeHolders": [{"name": "Anna Andersson", "role": "CHAIR", "party": "S"},
                                   {"name": "Bertil Berg", "role": "FIRST_VICE_CHAIR", "party": "M"}], "decision": %s}"""
                .formatted(namnd, kf.formatted("2018-11-26", "[]"))).expect(201);
        api().as("revisor", "revisor-pass").post("/api/v1/accountability/audit-assessments", """
                {"unitId": "%s", "year": 2019, "assessment": "Nämnden har inte säkerställt en tillräcklig intern kontroll",
                 "recommendation": "DISCHARGE", "remark": "Bristande intern kontroll",
                 "grounds": "Utbetalningar utan beslut", "document": {"issuedOn": "2020-04-02",
                 "caseNumber": "REV 2020/0003"}}""".formatted(namnd)).expect(201);
        long position = api().post("/api/v1/accountability/discharge-decisions", """
                {"unitId": "%s", "year": 2019, "outcome": "REMARK", "grounds": "Bristande intern kontroll", "decision": %s}"""
                .formatted(namnd, kf.formatted("2020-04-27", "[{\"kind\": \"PROTOCOL\", \"reference\":"
                        + " \"https://www.example.se/kf/2020-04-27.pdf\", \"title\": \"Protokoll KF 2020-04-27\"},"
                        + " {\"kind\": \"SUPPORTING_DOCUMENT\", \"reference\": \"KS 2020/0101-4\"}]")))
                .expect(201).body().get("position").asLong();
        caughtUp(position);

        try (Browser browser = freshBrowser()) {
            browser.open("/logga-in").fill("username", "revisor").fill("password", "revisor-pass");
            browser.follow("main form button[type=submit]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> !driver.getCurrentUrl().contains("/logga-in"));
            browser.open("/granskning");
            new Select(browser.find("#accountabilityUnitId")).selectByValue(namnd.toString());
            browser.fill("accountabilityYear", "2019");
            browser.follow("form[action='/granskning/ansvarsprovning'] button");

            assertThat(browser.find("h1").getText()).isEqualTo("Ansvarsprövning: " + name + " 2019");
            assertThat(browser.find(".discharge-outcome").getText()).isEqualTo("ansvarsfrihet beviljas med anmärkning");
            assertThat(browser.find(".recommendation").getText()).isEqualTo("Revisorerna tillstyrker ansvarsfrihet");
            assertThat(browser.find("a[href='https://www.example.se/kf/2020-04-27.pdf']").getText())
                    .isEqualTo("Protokoll KF 2020-04-27");
            assertThat(browser.text()).contains("beslutsunderlag: dnr KS 2020/0101-4").contains("Anna Andersson")
                    .contains("Bertil Berg").doesNotContain("demo");
            Axe.assertNoViolations(browser);
            Screens.save(browser, "granskning-ansvarsprovning");

            browser.open("/granskning/ansvarsprovning?unitId=" + namnd + "&year=2019&asOf=2020-04-10");
            assertThat(browser.text()).as("KF had not decided on 10 April")
                    .contains("Fullmäktige har inte beslutat om ansvarsfrihet");
        }
    }
}
