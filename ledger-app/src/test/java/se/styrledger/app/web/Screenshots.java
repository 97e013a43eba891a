package se.styrledger.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.styrledger.app.StyrledgerApplication;
import se.styrledger.app.demo.DemoLoader;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.StreamSupport;

/**
 * Starts the ledger with the demo kommun on a fresh embedded database and saves screenshots of the main pages, taken
 * in Debian's headless Chromium, to docs/screenshots/. Run from the repository root (README, "Screenshots"):
 * <pre>./mvnw -q -pl ledger-app -am -Pscreenshots test -DskipTests</pre>
 */
public final class Screenshots {

    private static final int WIDTH = 1280;

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Path data = Files.createTempDirectory("styrledger-screenshots");
        System.setProperty("axoniq.update-checker.disabled", "true");
        ConfigurableApplicationContext ledger = SpringApplication.run(StyrledgerApplication.class,
                "--server.port=0", "--styrledger.demo.load=true", "--logging.level.root=WARN",
                "--styrledger.embedded-postgres.data-directory=" + data.resolve("postgres"));
        try {
            int port = ((WebServerApplicationContext) ledger).getWebServer().getPort();
            String base = "http://localhost:" + port;
            Api api = new Api(base, ledger.getBean(ObjectMapper.class));
            api.get("/api/v1/units?minPosition=" + ledger.getBean(DemoLoader.class).lastPosition());
            shoot(api, base, out);
        } finally {
            ledger.close();
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void shoot(Api api, String base, Path out) throws IOException {
        JsonNode units = api.get("/api/v1/units");
        JsonNode committee = StreamSupport.stream(units.spliterator(), false)
                .filter(u -> u.get("name").asText().equals("Tekniska nämnden")).findFirst()
                .orElse(units.get(units.size() - 1));
        String unitId = committee.get("unitId").asText();
        int year = LocalDate.now().getYear() - 1;
        JsonNode goals = api.get("/api/v1/effect-goals?unitId=" + unitId + "&year=" + year);
        String goalId = goals.get(0).get("goalId").asText();
        try (Browser browser = Browser.start(base)) {
            save(browser, "/", out.resolve("start.png"));
            browser.open("/rod-trad");
            // Open the first inriktningsmål and its first nämnd, as a reader would, to show the levels below.
            browser.script("document.querySelectorAll('.tree details').forEach((d, i) => { if (i < 6) d.open = true; })");
            browser.screenshot(out.resolve("rod-trad.png"), WIDTH);
            save(browser, "/enheter/" + unitId + "?ar=" + year, out.resolve("namnd.png"));
            save(browser, "/mal/" + goalId, out.resolve("mal.png"));
            save(browser, "/styrdokument", out.resolve("styrdokument.png"));
            save(browser, "/rapporter", out.resolve("rapporter.png"));
            save(browser, "/enheter/" + unitId + "?ar=" + (year - 2) + "&asOf=" + (year - 2) + "-06-30",
                    out.resolve("historiskt-datum.png"));
            save(browser, "/logga-in", out.resolve("logga-in.png"));

            // Signed in as demo (every role): the revisor's workspace and a recording form refused by a rule.
            browser.open("/logga-in").fill("username", "demo").fill("password", "demo");
            browser.follow("main form button[type=submit]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> !driver.getCurrentUrl().contains("/logga-in"));
            save(browser, "/granskning/iakttagelser?unitId=" + unitId + "&year=" + year,
                    out.resolve("granskning-iakttagelser.png"));
            save(browser, "/granskning/effektmal/" + goalId, out.resolve("granskning-effektmal-tidslinje.png"));
            browser.open("/registrera/effektmal?ownerUnitId=" + unitId + "&year=" + year
                    + "&title=Fler+bes%C3%B6kare+p%C3%A5+biblioteken&decision.decidedBy=" + unitId
                    + "&decision.decidedOn=" + (year - 1) + "-10-20&decision.caseNumber=MBN+" + (year - 1) + "%2F12");
            browser.follow("form.recording-form button[type=submit]");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> driver.getTitle().startsWith("Fel:"));
            browser.screenshot(out.resolve("registrera-effektmal-fel.png"), WIDTH);
        }
        System.out.println("Screenshots saved to " + out);
    }

    private static void save(Browser browser, String path, Path file) throws IOException {
        browser.open(path).screenshot(file, WIDTH);
    }

    private record Api(String base, ObjectMapper json) {
        JsonNode get(String path) throws IOException {
            try {
                for (int attempt = 0; attempt < 120; attempt++) {
                    HttpResponse<String> answer = HttpClient.newHttpClient().send(
                            HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) {
                        return json.readTree(answer.body());
                    }
                    Thread.sleep(1000);
                }
                throw new IllegalStateException("The ledger did not answer " + path);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
