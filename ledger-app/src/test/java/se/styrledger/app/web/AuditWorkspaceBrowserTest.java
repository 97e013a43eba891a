package se.styrledger.app.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.styrledger.app.FollowUpKommun;
import se.styrledger.app.BrowserTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revisor in real headless Chromium: from the workspace to a nämnd's findings for a year, from a finding to the
 * event behind it, and on to the effektmål's whole trail; every view in the audit access log. axe-core checks each
 * page type (WCAG 2.1 AA, 0 violations).
 */
class AuditWorkspaceBrowserTest extends BrowserTest {

    private static void awaitTitle(Browser browser, String start) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> driver.getTitle() != null && driver.getTitle().startsWith(start));
    }

    @Test
    void aRevisorFollowsAFindingToTheEventBehindIt() {
        // Every decision of this kommun is recorded years after it was taken: each is a "Beslut registrerat sent".
        FollowUpKommun kommun = new FollowUpKommun(api(), 2017, "Granskat effektmål 2017");
        long accessBefore = jdbc.queryForObject("SELECT count(*) FROM audit_access", Long.class);
        try (Browser browser = freshBrowser()) {
            browser.open("/logga-in").fill("username", "revisor").fill("password", "revisor-pass");
            browser.follow("main form button[type=submit]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> !driver.getCurrentUrl().contains("/logga-in"));
            browser.follow("nav a[href^='/granskning']");
            assertThat(browser.find("h1").getText()).isEqualTo("Granskning");
            Axe.assertNoViolations(browser);
            Screens.save(browser, "granskning");

            new Select(browser.find("#unitId")).selectByValue(kommun.committee.toString());
            browser.fill("year", "2017");
            browser.follow("form[action='/granskning/iakttagelser'] button");
            awaitTitle(browser, "Iakttagelser");

            assertThat(browser.find("h1").getText()).isEqualTo("Iakttagelser: Socialnämnden 2017");
            Axe.assertNoViolations(browser);
            Screens.save(browser, "granskning-iakttagelser");
            WebElement late = browser.findAll("table.findings tbody tr").stream()
                    .filter(row -> row.getText().contains("Beslut registrerat sent")
                            && row.getText().contains("Granskat effektmål 2017"))
                    .findFirst().orElseThrow();
            WebElement evidence = late.findElement(By.cssSelector(".evidence a"));
            long position = Long.parseLong(evidence.getText().replace("Händelse ", ""));
            browser.follow(evidence);

            assertThat(browser.path()).startsWith("/granskning/handelser/" + position);
            String page = browser.text();
            String eventId = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry WHERE global_index = ?",
                    String.class, position);
            assertThat(page).contains(eventId).contains("Granskat effektmål 2017").contains("§ 90")
                    .contains("KS 2019/0458");
            assertThat(browser.driver().findElement(By.xpath("//dt[.='Registrerad av']/following-sibling::dd[1]"))
                    .getText()).as("who recorded it, shown to the revisor only").isEqualTo("demo");
            Axe.assertNoViolations(browser);
            Screens.save(browser, "granskning-handelse");

            browser.follow("a[href^='/granskning/registrerat-av']");
            awaitTitle(browser, "Registrerat av demo");
            assertThat(browser.exists("#h" + position)).as("the event is among what its recorder recorded").isTrue();
            Axe.assertNoViolations(browser);
            browser.open("/granskning/handelser/" + position);

            browser.follow("a[href^='/granskning/effektmal/']");
            assertThat(browser.find("h1").getText()).isEqualTo("Granskat effektmål 2017");
            List<WebElement> timeline = browser.findAll("ol.timeline > li");
            assertThat(timeline.size()).isGreaterThanOrEqualTo(3);
            assertThat(browser.exists("#h" + position)).isTrue();
            Axe.assertNoViolations(browser);
            Screens.save(browser, "granskning-effektmal-tidslinje");
        }
        List<String> logged = jdbc.queryForList("SELECT request FROM audit_access WHERE accessed_by = 'revisor'"
                + " ORDER BY id DESC LIMIT 6", String.class);
        assertThat(logged).hasSize(6);
        assertThat(logged.get(0)).startsWith("GET /granskning/effektmal/" + kommun.effectGoal);
        assertThat(logged.get(1)).startsWith("GET /granskning/handelser/");
        assertThat(logged.get(2)).isEqualTo("GET /granskning/registrerat-av?person=demo");
        assertThat(logged.get(3)).startsWith("GET /granskning/handelser/");
        assertThat(logged.get(4)).isEqualTo("GET /granskning/iakttagelser?unitId=" + kommun.committee + "&year=2017");
        assertThat(logged.get(5)).isEqualTo("GET /granskning");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_access", Long.class)).isEqualTo(accessBefore + 6);
    }
}
