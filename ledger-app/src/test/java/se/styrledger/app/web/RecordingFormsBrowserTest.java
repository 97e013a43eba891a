package se.styrledger.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.styrledger.app.FollowUpKommun;
import se.styrledger.app.BrowserTest;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recorder at the forms in real headless Chromium: refused by a rule, corrected, accepted and recorded once; a
 * double submit recorded once; closing a report only after "Kontrollera dina svar"; a form filled and sent with the
 * keyboard alone. axe-core checks every page type on the way (WCAG 2.1 AA, 0 violations).
 */
class RecordingFormsBrowserTest extends BrowserTest {

    private Browser signedIn(String user, String password) {
        Browser browser = freshBrowser();
        browser.open("/logga-in").fill("username", user).fill("password", password);
        browser.follow("main form button[type=submit]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> !driver.getCurrentUrl().contains("/logga-in"));
        return browser;
    }

    /** A form's submit navigates when the server answers; wait for the page that answer leads to. */
    private static void awaitTitle(Browser browser, String start) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> driver.getTitle() != null && driver.getTitle().startsWith(start));
    }

    @Test
    void aValueRefusedByRuleR23IsCorrectedOnTheSameFormAndRecordedOnce() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "Fler unga i egen försörjning");
        kommun.value("MONTH", 3, "70", "null");
        try (Browser browser = signedIn("recorder", "recorder-pass")) {
            browser.open("/registrera");
            assertThat(browser.find("h1").getText()).isEqualTo("Registrera");
            Axe.assertNoViolations(browser);
            Screens.save(browser, "registrera");
            browser.follow("a[href='/registrera/utfall']");
            Axe.assertNoViolations(browser);

            new Select(browser.find("#f-indicatorId")).selectByValue(kommun.indicator.toString());
            new Select(browser.find("#f-unitId")).selectByValue(kommun.committee.toString());
            new Select(browser.find("#f-period-kind")).selectByValue("MONTH");
            browser.fill("f-period-year", "2017").fill("f-period-number", "3").fill("f-value", "71,5")
                    .fill("f-source", "Egen mätning");
            long before = eventCount();
            browser.follow("form.recording-form button[type=submit]");

            awaitTitle(browser, "Fel: Rapportera ett utfall");
            WebElement summary = browser.find(".error-summary[role=alert]");
            assertThat(summary.getText()).startsWith("Det finns ett problem").contains("R-23");
            assertThat(browser.focused().getAttribute("id")).as("focus moves to the summary").isEqualTo("fel");
            assertThat(summary.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("#f-period-number");
            assertThat(browser.find("#f-period-number-error").getText()).contains("Det finns redan ett värde")
                    .contains("R-23");
            assertThat(browser.find("#f-value").getAttribute("value")).as("what was typed is kept").isEqualTo("71,5");
            assertThat(new Select(browser.find("#f-unitId")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo(kommun.committee.toString());
            assertThat(eventCount()).as("a refused form records nothing").isEqualTo(before);
            Axe.assertNoViolations(browser);
            Screens.save(browser, "registrera-utfall-fel");

            summary.findElement(By.cssSelector("a")).click();
            assertThat(browser.focused().getAttribute("id")).isEqualTo("f-period-number");
            browser.fill("f-period-number", "4");
            browser.follow("form.recording-form button[type=submit]");
            awaitTitle(browser, "Registrerat");

            assertThat(browser.find("h1").getText()).isEqualTo("Registrerat");
            assertThat(browser.title()).startsWith("Registrerat");
            Axe.assertNoViolations(browser);
            Screens.save(browser, "registrera-kvitto");
        }
        JsonNode values = api().get("/api/v1/indicator-values?indicatorId=" + kommun.indicator + "&unitId="
                + kommun.committee + "&year=2017").expect(200).body();
        assertThat(values).hasSize(2);
        assertThat(values.findValues("number").stream().map(JsonNode::asInt)).containsExactlyInAnyOrder(3, 4);
        assertThat(values.get(1).get("value").decimalValue()).isEqualByComparingTo("71.5");
    }

    @Test
    void aFormSentTwiceFromTheBrowserAtOnceIsRecordedOnce() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "Dubbelskickat effektmål");
        try (Browser browser = signedIn("recorder", "recorder-pass")) {
            browser.open("/registrera/utfall");
            new Select(browser.find("#f-indicatorId")).selectByValue(kommun.indicator.toString());
            new Select(browser.find("#f-unitId")).selectByValue(kommun.committee.toString());
            new Select(browser.find("#f-period-kind")).selectByValue("TERTIAL");
            browser.fill("f-period-year", "2017").fill("f-period-number", "1").fill("f-value", "12")
                    .fill("f-source", "Egen mätning");
            long before = eventCount();

            // Two submissions of the same rendered form, in flight together: a double click on a slow line.
            @SuppressWarnings("unchecked")
            List<String> landedOn = (List<String>) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.querySelector('form.recording-form');
                    const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))});
                    Promise.all([send(), send()]).then(answers => done(answers.map(a => a.url)));
                    """);

            assertThat(landedOn).hasSize(2);
            assertThat(landedOn.get(0)).contains("/registrera/utfall/klart?id=").isEqualTo(landedOn.get(1));
            assertThat(eventCount()).isEqualTo(before + 1);
        }
        JsonNode values = api().get("/api/v1/indicator-values?indicatorId=" + kommun.indicator + "&unitId="
                + kommun.committee + "&year=2017").expect(200).body();
        assertThat(values).hasSize(1);
    }

    @Test
    void closingAReportShowsTheAnswersToCheckBeforeAnythingIsRecorded() {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2025, "Effektmål i en stängd rapport");
        // The årsredovisning: the year's delårsrapporter belong to other tests of the same ledger.
        UUID report = kommun.report("ANNUAL");
        try (Browser browser = signedIn("recorder", "recorder-pass")) {
            browser.open("/registrera/rapport-stang");
            new Select(browser.find("#f-target")).selectByValue(report.toString());
            long before = eventCount();
            browser.follow("form.recording-form button[type=submit]");

            awaitTitle(browser, "Kontrollera dina svar");
            assertThat(browser.find("h1").getText()).isEqualTo("Kontrollera dina svar");
            assertThat(browser.find(".summary-list").getText()).contains("Årsredovisning 2025");
            assertThat(eventCount()).as("nothing is closed before the answers are confirmed").isEqualTo(before);
            Axe.assertNoViolations(browser);
            Screens.save(browser, "registrera-stang-rapport-kontrollera");

            browser.follow("main form button.button-warning");
            awaitTitle(browser, "Registrerat");
            assertThat(browser.find("h1").getText()).isEqualTo("Registrerat");
            assertThat(eventCount()).isEqualTo(before + 1);
        }
        assertThat(api().get("/api/v1/follow-up-reports/" + report).expect(200).body().get("status").asText())
                .isNotEqualTo("OPEN");
    }

    @Test
    void aKeyboardAloneFillsAndSendsAForm() {
        try (Browser browser = signedIn("recorder", "recorder-pass")) {
            browser.open("/registrera/rapport-oppna");
            browser.press(Keys.TAB);
            assertThat(browser.focused().getText()).isEqualTo("Hoppa till innehållet");
            browser.press(Keys.ENTER);

            browser.tabTo("#f-year", 10);
            browser.press("2027");
            browser.tabTo("#f-kind", 3);
            browser.press("Å");
            assertThat(new Select(browser.find("#f-kind")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("ANNUAL");
            browser.tabTo("form.recording-form button[type=submit]", 3);
            browser.press(Keys.ENTER);

            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> !driver.getTitle().startsWith("Öppna en rapport"));
            assertThat(browser.find("h1").getText()).as(browser.text()).isEqualTo("Registrerat");
        }
        JsonNode reports = api().get("/api/v1/follow-up-reports?year=2027").expect(200).body();
        assertThat(reports.findValues("kind").stream().map(JsonNode::asText)).containsExactly("ANNUAL");
    }
}
