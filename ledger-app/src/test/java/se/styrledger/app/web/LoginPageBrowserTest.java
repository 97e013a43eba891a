package se.styrledger.app.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.styrledger.app.BrowserTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login page in real headless Chromium, which runs no script of ours: a protected page sends the visitor here,
 * a wrong password is said in Swedish at the top and at the field, the right one returns the visitor to the page
 * they asked for, and the header names the account and its role until "Logga ut".
 */
class LoginPageBrowserTest extends BrowserTest {

    @Test
    void aWrongPasswordIsExplainedAndTheRightOneLeadsBackToTheAskedForPage() {
        try (Browser browser = freshBrowser()) {
            browser.open("/registrera/utfall");
            assertThat(browser.path()).startsWith("/logga-in");
            assertThat(browser.find("h1").getText()).isEqualTo("Logga in");
            Axe.assertNoViolations(browser);

            browser.fill("username", "recorder").fill("password", "fel-lösenord");
            browser.follow("main form button[type=submit]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> driver.getTitle().startsWith("Fel:"));

            assertThat(browser.title()).startsWith("Fel: Logga in");
            assertThat(browser.find(".error-summary[role=alert]").getText()).startsWith("Det finns ett problem")
                    .contains("Användarnamnet eller lösenordet stämmer inte");
            assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#username");
            assertThat(browser.find("#username").getAttribute("aria-describedby")).isEqualTo("username-error");
            assertThat(browser.text()).doesNotContain("Inloggad som");
            Axe.assertNoViolations(browser);
            Screens.save(browser, "logga-in-fel");

            browser.fill("username", "recorder").fill("password", "recorder-pass");
            browser.follow("main form button[type=submit]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> driver.getCurrentUrl().contains("/registrera/utfall"));

            assertThat(browser.path()).startsWith("/registrera/utfall");
            assertThat(browser.find(".account").getText()).contains("Inloggad som recorder (registrerare)")
                    .contains("Logga ut");

            browser.follow(".account button[type=submit]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> driver.getCurrentUrl().contains("utloggad"));
            assertThat(browser.find(".account").getText()).contains("Logga in").doesNotContain("recorder");
        }
    }
}
