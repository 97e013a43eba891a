package se.styrledger.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Screenshots of the pages the browser tests pass through, into ledger-app/target/screenshots, so a person can look
 * at what the tests saw (docs/web-ui-recording.md says which are copied to docs/screenshots).
 */
final class Screens {

    private static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screens() {
    }

    static void save(Browser browser, String name) {
        try {
            browser.screenshot(DIRECTORY.resolve(name + ".png"), 1280);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
