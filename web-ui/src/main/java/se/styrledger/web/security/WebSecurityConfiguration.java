package se.styrledger.web.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import se.styrledger.platform.security.Roles;
import se.styrledger.platform.security.oidc.KommunLoginConfiguration;
import se.styrledger.web.support.WebPaths;

import java.util.stream.Stream;

/**
 * The pages' own filter chain, before the API's (ledger-platform's SecurityConfiguration, which keeps every /api
 * path): public pages are open to everyone (öppenhet, R-32); the revisor's workspace needs AUDITOR or ADMIN and the
 * recording forms RECORDER. People sign in once with a form at /logga-in and keep a session; every form carries a
 * CSRF token, which the session makes necessary. The pages allow no inline script or style and no framing.
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {

    public static final String LOGIN = "/logga-in";
    public static final String LOGOUT = "/logga-ut";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public SecurityFilterChain webPages(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // The API keeps its own chain, and the kommun's login (OIDC) its own, when it is configured.
        RequestMatcher api = new OrRequestMatcher(Stream.concat(WebPaths.NOT_PAGES.stream(),
                        KommunLoginConfiguration.PATHS.stream())
                .map(pattern -> (RequestMatcher) paths.matcher(pattern)).toList());
        http
                .securityMatcher(new NegatedRequestMatcher(api))
                .authorizeHttpRequests(authorize -> authorize
                        // The refusal and error pages are reached by forward, keeping the refused request's method.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/granskning/**").hasAnyRole(Roles.AUDITOR, Roles.ADMIN)
                        .requestMatchers("/registrera/**").hasRole(Roles.RECORDER)
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, LOGIN, LOGOUT).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .failureUrl(LOGIN + "?fel")
                        .defaultSuccessUrl("/")
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl(LOGOUT)
                        .logoutSuccessUrl("/?utloggad"))
                .exceptionHandling(handling -> handling.accessDeniedPage("/ej-behorig"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
