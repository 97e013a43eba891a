package se.styrledger.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import se.styrledger.platform.web.Problems;

import java.io.IOException;
import java.util.Set;

/**
 * A write to the API must carry JSON or the header {@value #HEADER}. A page on another site can make a browser send a
 * form (x-www-form-urlencoded, multipart or text/plain, or no body at all) with the Basic credentials it remembers for
 * the ledger, but it cannot set either without a CORS preflight, which the ledger never grants. So a plain HTML form
 * can neither close a report, start a rebuild nor retry dead letters (review finding 2). It runs before any
 * authentication, so such a request is refused before credentials are even looked at.
 * <p>
 * A browser's own page on the ledger (Swagger UI's "Try it out" of a body-less POST) passes too: browsers mark such a
 * request {@code Sec-Fetch-Site: same-origin}, a header no page can set or forge.
 */
public final class CrossSiteWriteGuard extends OncePerRequestFilter {

    /** The header a non-JSON client (curl with an empty body, a script) sends to show it is no HTML form. */
    public static final String HEADER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ObjectMapper json;

    public CrossSiteWriteGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isJson(request.getContentType()) || request.getHeader(HEADER) != null
                || "same-origin".equals(request.getHeader("Sec-Fetch-Site"))) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(response, json, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Ändringar tar emot JSON (Content-Type: application/json). En begäran utan innehåll skickar"
                        + " rubriken " + HEADER + ", så att ett formulär på en annan webbplats inte kan göra den.",
                "Content-Type", null));
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            // JSON Lines (the value batch) is no form type either: a page elsewhere cannot send it without a preflight.
            return "application".equals(type.getType()) && ("json".equals(type.getSubtype())
                    || type.getSubtype().endsWith("+json") || "jsonl".equals(type.getSubtype())
                    || "x-ndjson".equals(type.getSubtype()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
