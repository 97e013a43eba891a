package se.styrledger.app;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.styrledger.app.web.Browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms a person uses: the CSV read the way Swedish Excel reads it, and the HTML rendered by headless Chromium.
 * User-written text full of markup and formula characters must come out as plain text in both.
 */
class FollowUpReportFormsTest extends LedgerHttpTest {

    @LocalServerPort
    private int port;

    private static final Path CHROMIUM = Browser.CHROMIUM;
    private static final String TITLE = "Fler unga <script>alert('x')</script> & \"självförsörjande\"";
    private static final String ANALYSIS = "=HYPERLINK(\"http://example.org\"); ökningen håller i sig\nrad två";

    /** A closed report, and the position of its closing: read with minPosition past it. */
    private record Closed(UUID report, long position) {
    }

    private Closed closedReport(FollowUpKommun kommun) {
        return closedReport(kommun, "INTERIM_1");
    }

    private Closed closedReport(FollowUpKommun kommun, String kind) {
        kommun.value("MONTH", 3, "72.5", "{\"women\": 75.25, \"men\": 69}");
        kommun.value("MONTH", 4, "-1.5", "null");
        UUID report = kommun.report(kind);
        kommun.assess(report, kommun.effectGoal, "FULFILLED", FollowUpKommun.quoted(ANALYSIS)).expect(201);
        return new Closed(report, kommun.close(report));
    }

    @Test
    void theCsvOpensInExcelWithItsColumnsDecimalsAndTextIntact() throws ParseException {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2021, TITLE);
        Closed closed = closedReport(kommun);

        HttpApi.Answer answer = api().get("/api/v1/follow-up-reports/" + closed.report() + "/report.csv?minPosition="
                + closed.position()).expect(200);
        byte[] bytes = answer.text().getBytes(StandardCharsets.UTF_8);
        assertThat(answer.header("Content-Type")).startsWith("text/csv").contains("UTF-8");
        assertThat(answer.header("Content-Disposition")).contains("attachment").contains(".csv");

        List<Map<String, String>> rows = excel(bytes);
        // The report is the whole kommun's, and other tests of this ledger record goals for 2021 too: find ours.
        Map<String, String> march = rows.stream().filter(r -> "mars 2021".equals(r.get("Period"))
                && TITLE.equals(r.get("Mål"))).findFirst().orElseThrow();
        assertThat(march.get("Nämnd/enhet")).isEqualTo("Socialnämnden");
        assertThat(march.get("Mål")).isEqualTo(TITLE);
        assertThat(swedishNumber(march.get("Utfall"))).isEqualByComparingTo("72.5");
        assertThat(swedishNumber(march.get("Kvinnor"))).isEqualByComparingTo("75.25");
        assertThat(swedishNumber(march.get("Målvärde"))).isEqualByComparingTo("80");
        assertThat(march.get("Bedömning")).isEqualTo("uppfyllt");
        assertThat(march.get("Analys")).as("a formula-like text stays text").isEqualTo("'" + ANALYSIS);
        assertThat(march.get("Händelse-id")).isEqualTo(jdbc.queryForObject("SELECT event_identifier FROM"
                + " domain_event_entry WHERE global_index = ?", String.class, Long.parseLong(march.get("Position"))));
        Map<String, String> april = rows.stream().filter(r -> "april 2021".equals(r.get("Period"))
                && TITLE.equals(r.get("Mål"))).findFirst().orElseThrow();
        assertThat(swedishNumber(april.get("Utfall"))).isEqualByComparingTo("-1.5");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("Radtyp")).isEqualTo("Aktivitet"));
    }

    /** The .xlsx holds the CSV's rows and columns, with numbers as numbers and text exactly as recorded. */
    @Test
    void theXlsxHoldsTheCsvTableWithNumbersAsNumbers() throws IOException {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2023, TITLE);
        // The årsredovisning: delårsrapport 1 of 2023 is another test's in the same ledger (R-20: one of each).
        Closed closed = closedReport(kommun, "ANNUAL");
        String report = "/api/v1/follow-up-reports/" + closed.report() + "/report";
        List<Map<String, String>> csv = excel(api().get(report + ".csv?minPosition=" + closed.position())
                .expect(200).text().getBytes(StandardCharsets.UTF_8));

        HttpResponse<byte[]> answer = bytes(report + ".xlsx");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("annual-2023.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(answer.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(csv.size() + 1);
            List<String> header = rows.get(0).stream().map(Cell::getText).toList();
            assertThat(header).containsExactlyInAnyOrderElementsOf(csv.get(0).keySet());
            Row march = rows.stream().filter(r -> "mars 2023".equals(text(r, header, "Period"))
                    && TITLE.equals(text(r, header, "Mål"))).findFirst().orElseThrow();
            assertThat(march.getCell(header.indexOf("Utfall")).getType()).isEqualTo(CellType.NUMBER);
            assertThat(march.getCellAsNumber(header.indexOf("Utfall"))).hasValueSatisfying(
                    v -> assertThat(v).isEqualByComparingTo("72.5"));
            assertThat(march.getCellAsNumber(header.indexOf("Kvinnor"))).hasValueSatisfying(
                    v -> assertThat(v).isEqualByComparingTo("75.25"));
            assertThat(text(march, header, "Mål")).isEqualTo(TITLE);
            assertThat(text(march, header, "Analys")).as("a text cell, never a formula: no guard needed")
                    .isEqualTo(ANALYSIS);
        }

        HttpResponse<byte[]> keyFigures = bytes("/api/v1/key-figure-reports/2023-03/report.xlsx");
        assertThat(keyFigures.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(keyFigures.body()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Nyckeltal");
            assertThat(workbook.getFirstSheet().read()).anySatisfy(row -> assertThat(row.stream()
                    // An empty cell of a sparse row is null.
                    .anyMatch(cell -> cell != null && cell.getType() == CellType.NUMBER
                            && new BigDecimal(cell.getRawValue()).compareTo(new BigDecimal("72.5")) == 0)).isTrue());
        }
    }

    private static String text(Row row, List<String> header, String column) {
        return row.getCellAsString(header.indexOf(column)).orElse(null);
    }

    private HttpResponse<byte[]> bytes(String path) throws IOException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void theHtmlReportsRenderInHeadlessChromiumWithoutErrors() throws Exception {
        Browser.requireInstalled();
        FollowUpKommun kommun = new FollowUpKommun(api(), 2022, TITLE);
        Closed closed = closedReport(kommun);
        UUID report = closed.report();
        api().get("/api/v1/follow-up-reports/" + report + "?minPosition=" + closed.position()).expect(200);
        String base = "http://localhost:" + port;

        Rendered page = chromium(base + "/api/v1/follow-up-reports/" + report + "/report.html", "--dump-dom");
        assertThat(page.exitCode()).isZero();
        assertThat(page.consoleMessages()).as("console errors, CSP refusals").isEmpty();
        assertThat(page.output()).contains("<h1>Delårsrapport 1 2022</h1>")
                .contains("Fler unga &lt;script&gt;alert('x')&lt;/script&gt; &amp; \"självförsörjande\"")
                .contains("badge green").contains("uppfyllt").contains("72,5").contains("75,25")
                .contains("=HYPERLINK(\"http://example.org\"); ökningen håller i sig")
                .doesNotContain("<script");

        Rendered perCommittee = chromium(base + "/api/v1/follow-up-reports/" + report + "/report.html?unitId="
                + kommun.committee, "--dump-dom");
        assertThat(perCommittee.output()).contains("<h1>Delårsrapport 1 2022 – Socialnämnden</h1>")
                .doesNotContain("Kommunfullmäktiges inriktningsmål");

        Rendered keyFigures = chromium(base + "/api/v1/key-figure-reports/2022-03/report.html", "--dump-dom");
        assertThat(keyFigures.exitCode()).isZero();
        assertThat(keyFigures.consoleMessages()).isEmpty();
        assertThat(keyFigures.output()).contains("<h1>Nyckeltalsrapport mars 2022</h1>").contains("72,5");

        Path screenshot = Files.createTempFile("styrledger-report", ".png");
        Rendered shot = chromium(base + "/api/v1/follow-up-reports/" + report + "/report.html",
                "--screenshot=" + screenshot, "--window-size=1200,1600");
        assertThat(shot.exitCode()).isZero();
        assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');
    }

    private record Rendered(int exitCode, String output, List<String> consoleMessages) {
    }

    private static Rendered chromium(String url, String... mode) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("styrledger-chromium");
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(mode));
        command.add(url);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish rendering " + url);
        }
        List<String> console = Files.readAllLines(err).stream().filter(line -> line.contains(":CONSOLE")).toList();
        return new Rendered(process.exitValue(), Files.readString(out), console);
    }

    /** Reads the file the way Excel in a Swedish locale opens it by double-click. */
    private static List<Map<String, String>> excel(byte[] bytes) {
        assertThat(bytes).as("UTF-8 byte order mark").startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ';') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(record).as("the last row ends with CRLF").isEmpty();
        List<String> header = records.get(0);
        assertThat(header).contains("Nämnd/enhet", "Mål", "Bedömning", "Indikator/aktivitet", "Målvärde", "Period",
                "Utfall", "Kvinnor", "Män", "Källa", "Markering", "Händelse-id", "Position");
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> values : records.subList(1, records.size())) {
            assertThat(values).as("every row has every column").hasSameSizeAs(header);
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), values.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static BigDecimal swedishNumber(String cell) throws ParseException {
        assertThat(cell).doesNotContain(".");
        DecimalFormatSymbols excel = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        excel.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("0.###", excel);
        format.setParseBigDecimal(true);
        return (BigDecimal) format.parse(cell);
    }
}
