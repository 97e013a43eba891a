package se.styrledger.platform.security.oidc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import se.styrledger.platform.security.SecurityHeaders;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * Kommun login, active only when {@code styrledger.security.oidc.issuer-uri} is set: the API then takes the
 * provider's bearer tokens beside HTTP Basic (SecurityConfiguration asks for {@link KommunLogin}), and with a
 * {@code client-id} a browser logs in with the authorization code flow and PKCE. The browser chain here covers only
 * the login's own paths and the page {@value #ACCOUNT_PAGE}, which shows a person who they are to the ledger and which
 * roles the kommun's claims gave them; the web UI applies {@link KommunLogin#browserLogin} to its own chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "styrledger.security.oidc", name = "issuer-uri")
public class KommunLoginConfiguration {

    /** Before the API's chain, which takes every other path. */
    public static final int ORDER = 10;
    static final String ACCOUNT_PAGE = "/konto";
    /** The paths this chain keeps, which the web UI's chain of pages leaves to it. */
    public static final List<String> PATHS = List.of("/oauth2/authorization/**", "/login/oauth2/**", ACCOUNT_PAGE);

    @Bean
    public KommunLogin kommunLogin(KommunLoginProperties properties) {
        return new KommunLogin(properties);
    }

    @Bean
    @Order(ORDER)
    @ConditionalOnProperty(prefix = "styrledger.security.oidc", name = "client-id")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public SecurityFilterChain kommunLoginChain(HttpSecurity http, KommunLogin login) throws Exception {
        http.securityMatcher(PATHS.toArray(String[]::new))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .headers(SecurityHeaders::apply);
        login.browserLogin(oauth2 -> oauth2
                        .loginPage(KommunLogin.START_PATH)
                        .defaultSuccessUrl(ACCOUNT_PAGE)
                        .failureHandler((request, response, e) -> {
                            response.setStatus(HttpStatus.UNAUTHORIZED.value());
                            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
                            response.getOutputStream().write(page("Inloggningen misslyckades",
                                    "<p>Kommunens inloggning godtogs inte. Försök igen eller kontakta"
                                            + " förvaltningen.</p>").getBytes(StandardCharsets.UTF_8));
                        })).customize(http);
        return http.build();
    }

    @Bean
    @ConditionalOnProperty(prefix = "styrledger.security.oidc", name = "client-id")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public RouterFunction<ServerResponse> accountPage(KommunLogin login) {
        return RouterFunctions.route(RequestPredicates.GET(ACCOUNT_PAGE), request -> {
            Authentication user = (Authentication) request.principal().orElseThrow();
            Map<String, Object> claims = user.getPrincipal() instanceof OidcUser person ? person.getClaims() : Map.of();
            String roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                    .sorted().collect(Collectors.joining(", "));
            String body = "<p>Inloggad som <strong id=\"namn\">" + htmlEscape(login.roles().name(claims))
                    + "</strong> (<span id=\"id\">" + htmlEscape(user.getName()) + "</span>).</p>"
                    + "<p>Roller i liggaren: <span id=\"roller\">" + htmlEscape(roles.isEmpty() ? "inga" : roles)
                    + "</span></p>";
            return ServerResponse.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(page("Ditt konto", body));
        });
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + title
                + " – Styrledger</title></head><body><h1>" + title + "</h1>" + body + "</body></html>";
    }
}
