package se.styrledger.web.support;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every page's layout needs besides its own content: the path, the time control, the signed-in user and the
 * CSRF token for forms. Controllers take it as a method argument ({@link PageContextResolver}) and hand it to their
 * template as {@code page}; templates build every internal link with {@link #link} so the time control is kept.
 *
 * @param path        the request path, without query
 * @param otherParams the page's own query parameters (filters, search), kept by the time control's form
 * @param user        the signed-in account's name, or null
 * @param roles       the signed-in account's roles (RECORDER, AUDITOR, ADMIN), empty for a visitor
 */
public record PageContext(String path, Map<String, List<String>> otherParams, TimeControl time, String user,
                          Set<String> roles, CsrfToken csrf) {

    /** A link inside the UI to {@code target} (a path, possibly with its own query) at this page's asOf/knownAt. */
    public String link(String target) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(target);
        if (time.asOfParam() != null) {
            uri.replaceQueryParam(TimeControl.AS_OF, time.asOfParam());
        }
        if (time.knownAtParam() != null) {
            uri.replaceQueryParam(TimeControl.KNOWN_AT, time.knownAtParam());
        }
        return uri.encode().build().toUriString();
    }

    /** This page today and with what is known now: the banner's way back. */
    public String todayLink() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        otherParams.forEach((name, values) -> uri.queryParam(name, values.toArray()));
        return uri.encode().build().toUriString();
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The signed-in account's roles in Swedish, for the header: "registrerare, revisor". */
    public String rolesLabel() {
        return Stream.of("RECORDER", "AUDITOR", "ADMIN").filter(roles::contains).map(role -> switch (role) {
            case "RECORDER" -> "registrerare";
            case "AUDITOR" -> "revisor";
            default -> "administratör";
        }).collect(Collectors.joining(", "));
    }

    /** The form field name for the CSRF token ({@code _csrf}); see csrf.jte. */
    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    /** Read only by templates with a form, so a visitor's plain page view opens no session. */
    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** Marks the navigation entry of the section this page belongs to. */
    public boolean inSection(String prefix) {
        return prefix.equals("/") ? path.equals("/") : path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
