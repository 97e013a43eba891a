package se.styrledger.query.support;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The printable documents the API serves as HTML (follow-up reports, the nyckeltalsrapport, the granskningsunderlag):
 * JTE templates under query-side's src/main/jte, compiled to classes at build time (ADR 0060), escaping every value
 * they output. Each document stands alone: its style is inline and its Content-Security-Policy forbids any script,
 * so a saved or printed copy looks the same and even a slip cannot run code.
 */
@Component
public class HtmlDocuments {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlDocuments.class.getClassLoader(), "se.styrledger.query.jte");

    /** @param template e.g. {@code "reports/followup.jte"} */
    public String render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        engine.render(template, parameters, output);
        return output.toString();
    }

    public ResponseEntity<String> response(String template, Map<String, Object> parameters) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .body(render(template, parameters));
    }
}
