package se.styrledger.app;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrledger.app.web.Browser;

/**
 * An end-to-end test of the web UI in real headless Chromium against the whole ledger (the shared test server of
 * {@link LedgerHttpTest}). One browser per test class, started on first use; {@link #freshBrowser()} gives a
 * separate one (own cookies) for sign-in scenarios.
 */
public abstract class BrowserTest extends LedgerHttpTest {

    private static Browser shared;

    @LocalServerPort
    private int port;

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The class's browser, started on first use. */
    protected Browser browser() {
        if (shared == null) {
            shared = Browser.start(baseUrl());
        }
        return shared;
    }

    /** A browser of its own for one test: close it (try-with-resources). */
    protected Browser freshBrowser() {
        return Browser.start(baseUrl());
    }

    /** Waits until the projections have processed {@code position}, so the pages show the write. */
    protected void caughtUp(long position) {
        CaughtUp.await(api(), position);
    }

    @AfterAll
    static void closeBrowser() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }
}
