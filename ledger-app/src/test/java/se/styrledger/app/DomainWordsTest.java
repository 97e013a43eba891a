package se.styrledger.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kommunallag's words, not a company's: kommunfullmäktige <em>godkänner</em> the årsredovisning and
 * <em>behandlar</em> the delårsrapporter (R-20, KL 11 kap); "fastställa" is what a bolagsstämma does. No text a user
 * or an API client reads — labels, messages, pages, OpenAPI descriptions — may say it. Comments may, to explain why.
 */
class DomainWordsTest {

    private static final List<String> MODULES = List.of("shared-events", "command-side", "query-side", "web-ui",
            "ledger-app", "ledger-platform");

    @Test
    void noTextAUserReadsSaysFaststallaOfAKommunsReportUnderR20() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> found = new ArrayList<>();
        for (String module : MODULES) {
            Path main = root.resolve(module).resolve("src/main");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(Files::isRegularFile).forEach(file -> found.addAll(saying(file, "fastst")));
            }
        }
        assertThat(root.resolve("command-side/src/main")).isDirectory();
        assertThat(found).isEmpty();
    }

    private static List<String> saying(Path file, String word) {
        List<String> lines = new ArrayList<>();
        try {
            List<String> all = Files.readAllLines(file);
            for (int i = 0; i < all.size(); i++) {
                String line = all.get(i).strip();
                boolean comment = line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")
                        || line.startsWith("--");
                if (!comment && line.toLowerCase(Locale.ROOT).contains(word)) {
                    lines.add(file + ":" + (i + 1) + ": " + line);
                }
            }
        } catch (java.nio.charset.MalformedInputException binary) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
