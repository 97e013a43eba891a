package se.styrledger.query.followup;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A small HTML writer for the printable reports. Every piece of text goes through {@link #text}, which escapes it:
 * names, analyses and sources are written by users and must never become markup. The page loads nothing from
 * anywhere (inline style only), and its Content-Security-Policy forbids scripts, so even a slip cannot run code.
 */
final class Html {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final String STYLE = """
            body{font-family:"Segoe UI",Arial,sans-serif;margin:2rem;color:#1a1a1a;font-size:11pt}
            h1{margin:0 0 .3rem}h2{border-bottom:2px solid #333;padding-bottom:.2rem;margin-top:2rem}
            h3{margin:.2rem 0}
            .meta{color:#444;margin:.2rem 0}
            .note{font-size:9pt;color:#555}
            article.goal{border:1px solid #bbb;border-radius:4px;padding:.6rem .8rem;margin:.8rem 0;break-inside:avoid}
            table{border-collapse:collapse;width:100%;margin:.4rem 0}
            th,td{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}
            th{background:#f0f0f0}
            td.num{text-align:right;white-space:nowrap}
            .badge{display:inline-block;border-radius:1rem;padding:.05rem .6rem;font-weight:600;font-size:9pt;
            border:1px solid #555;margin-right:.3rem}
            .green{background:#2e7d32;color:#fff;border-color:#2e7d32}
            .yellow{background:#f9a825;color:#000;border-color:#c17900}
            .red{background:#c62828;color:#fff;border-color:#c62828}
            .white{background:#fff;color:#000}
            .mark{color:#8a4b00;font-weight:600}
            .source{font-size:8pt;color:#555;word-break:break-all}
            .analysis{white-space:pre-wrap;margin:.3rem 0}
            @page{size:A4;margin:15mm}
            @media print{body{margin:0}a{color:inherit;text-decoration:none}}
            """;

    private final StringBuilder out = new StringBuilder();

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String value) {
        out.append(escape(value));
        return this;
    }

    /** An element holding escaped text, e.g. {@code el("td", name)}. */
    Html el(String tag, String value) {
        return raw("<" + tag + ">").text(value).raw("</" + tag.split(" ")[0] + ">");
    }

    Html number(String tag, BigDecimal value) {
        return raw("<" + tag + " class=\"num\">").text(Csv.number(value)).raw("</" + tag + ">");
    }

    Html badge(String colour, String label) {
        return raw("<span class=\"badge " + safeClass(colour) + "\">").text(label).raw("</span>");
    }

    Html page(String title) {
        return raw("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").text(title)
                .raw("</title><style>" + STYLE + "</style></head><body>");
    }

    String end() {
        return out.append("</body></html>\n").toString();
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** An instant as a reader in the kommun expects it: local time to the minute. */
    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : MINUTE.format(instant.atZone(zone));
    }

    static ResponseEntity<String> response(String page) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .body(page);
    }

    /** Only the four traffic-light colours become a CSS class; anything else shows as white. */
    private static String safeClass(String colour) {
        return switch (colour == null ? "" : colour) {
            case "green", "yellow", "red" -> colour;
            default -> "white";
        };
    }
}
