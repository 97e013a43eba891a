package se.styrledger.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delårsrapport, the nyckeltalsrapport and the granskningsunderlag as PDF/A, read back with PDFBox: their text,
 * pages, the PDF/A-2u identification in the XMP metadata, the sRGB output intent, every font embedded, and the
 * structure tree of a tagged PDF. (The årsredovisning is the same page as a delårsrapport, another kind of report.)
 */
class PrintedReportsTest extends LedgerHttpTest {

    @LocalServerPort
    private int port;

    @Test
    void theReportsComeAsTaggedPdfAWithEmbeddedFontsAndTheirText() throws Exception {
        FollowUpKommun kommun = new FollowUpKommun(api(), 2024, "Fler unga i egen försörjning");
        kommun.value("MONTH", 3, "72.5", "{\"women\": 75.25, \"men\": 69}");
        // Delårsrapport 2: delårsrapport 1 of 2024 is the public pages' test's (one of each per year, R-20).
        UUID report = kommun.report("INTERIM_2");
        kommun.assess(report, kommun.effectGoal, "FULFILLED", "\"Ökningen håller i sig.\"").expect(201);
        long closed = kommun.close(report);
        api().get("/api/v1/follow-up-reports/" + report + "?minPosition=" + closed).expect(200);

        byte[] interim = pdf("/api/v1/follow-up-reports/" + report + "/report.pdf", false);
        try (PDDocument document = Loader.loadPDF(interim)) {
            assertPdfA(document);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Delårsrapport 2 2024").contains("Fler unga i egen försörjning")
                    .contains("72,5").contains("Ökningen håller i sig.");
        }
        Path printed = Files.createDirectories(Path.of("target", "printed"));
        Files.write(printed.resolve("delarsrapport-2-2024.pdf"), interim);

        try (PDDocument document = Loader.loadPDF(pdf("/api/v1/key-figure-reports/2024-03/report.pdf", false))) {
            assertPdfA(document);
            assertThat(new PDFTextStripper().getText(document)).contains("Nyckeltalsrapport mars 2024")
                    .contains("72,5");
        }

        try (PDDocument document = Loader.loadPDF(pdf("/api/v1/audit/units/" + kommun.committee
                + "/review.pdf?year=2024", true))) {
            assertPdfA(document);
            assertThat(new PDFTextStripper().getText(document)).contains("Granskningsunderlag")
                    .contains("Socialnämnden");
        }
    }

    private static void assertPdfA(PDDocument document) throws Exception {
        assertThat(document.getNumberOfPages()).isPositive();
        byte[] metadata = document.getDocumentCatalog().getMetadata().toByteArray();
        assertThat(new String(metadata, StandardCharsets.UTF_8)).as("PDF/UA identification in XMP")
                .contains("pdfuaid:part");
        // Lenient: xmpbox knows no schema for PDF/UA's pdfuaid namespace.
        DomXmpParser parser = new DomXmpParser();
        parser.setStrictParsing(false);
        XMPMetadata xmp = parser.parse(metadata);
        PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
        assertThat(pdfa).as("PDF/A identification in XMP").isNotNull();
        assertThat(pdfa.getPart()).isEqualTo(2);
        assertThat(pdfa.getConformance()).isEqualTo("U");
        assertThat(document.getDocumentCatalog().getOutputIntents()).as("sRGB output intent").isNotEmpty();
        assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for PDF/UA").isNotNull();
        assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
            }
        }
    }

    private byte[] pdf(String path, boolean signedIn) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes()));
        }
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.body()).startsWith('%', 'P', 'D', 'F');
        return answer.body();
    }
}
