package se.styrledger.query.printing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A printable page of the ledger as an archivable PDF (ADR 0099): PDF/A-2u with every font embedded (DejaVu Sans,
 * shipped with its licence), an sRGB output intent, and a tagged structure for PDF/UA, from the very HTML the
 * ledger serves as {@code report.html}. Takes the page as a string, so it does not care how the HTML is rendered.
 */
public final class PdfA {

    /**
     * The families the pages' stylesheets name, all drawn with the one embedded font, as PDF/A requires;
     * openhtmltopdf looks up the generic {@code sans-serif} as {@code SansSerif}.
     */
    private static final List<String> FAMILIES = List.of("Segoe UI", "Arial", "SansSerif", "DejaVu Sans");
    private static final byte[] REGULAR = resource("DejaVuSans.ttf");
    private static final byte[] BOLD = resource("DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /**
     * Paper only, added after the page's own style: a long event id in a figure's source note may wrap (a browser
     * scrolls sideways, paper cannot), and a table split over pages repeats its header.
     */
    private static final String PAPER = ".source{white-space:normal;word-wrap:break-word}"
            + "td{word-wrap:break-word}table{-fs-table-paginate:paginate}";

    private PdfA() {
    }

    public static ResponseEntity<byte[]> response(String html, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline().filename(fileName).build().toString())
                .body(fromHtml(html));
    }

    public static byte[] fromHtml(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(SRGB)
                .useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM)
                .withProducer("Styrledger");
        for (String family : FAMILIES) {
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), family, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), family, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        // The pages are HTML5, not XML: jsoup parses them as a browser would and hands over a W3C DOM.
        Document page = Jsoup.parse(html);
        if (page.selectFirst("meta[name=subject]") == null) {
            // PDF/UA wants a description in the metadata, which openhtmltopdf takes from <meta name="subject">;
            // the page's title is the best one it has.
            page.head().appendElement("meta").attr("name", "subject").attr("content", page.title());
        }
        page.head().appendElement("style").text(PAPER);
        builder.withW3cDocument(new W3CDom().fromJsoup(page), "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfA.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
