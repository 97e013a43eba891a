package se.styrledger.web.support;

import java.util.List;

/** Which addresses are the UI's pages (sessions, form login, HTML errors) and which belong to the API. */
public final class WebPaths {

    /** Served by ledger-platform's API security chain: HTTP Basic, stateless, problem+json. */
    public static final List<String> NOT_PAGES = List.of("/api/**", "/actuator/**", "/v3/api-docs/**",
            "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html");

    private WebPaths() {
    }

    public static boolean isPage(String path) {
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
                || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui"));
    }
}
