package se.styrledger.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import se.styrledger.platform.database.EmbeddedDatabaseCondition;
import se.styrledger.platform.web.Problems;

import java.time.Duration;

/**
 * The API's security: HTTP Basic against local accounts and, when the kommun's provider is configured, its bearer
 * tokens (KommunLogin). Reads of public data are open to everyone (öppenhet, §6 "Systemet är öppet för alla", R-32);
 * every write needs the RECORDER or ADMIN role, and then a recording right for the unit it records for, checked by
 * the command side (docs/recording-rights.md), except the revisorer's own documents, which need AUDITOR; the audit
 * trail needs AUDITOR or ADMIN. A write must carry JSON or
 * the X-Requested-With header, so no form on another site can make a browser send one (CrossSiteWriteGuard).
 * docs/security.md describes the whole model.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** The documented demo password; refused whenever the ledger runs on an external database. */
    static final String DEMO_PASSWORD = "demo";

    /** The only writes the revisor role makes: the revisorer's own granskning (docs/ansvarsprovning.md). */
    static final String[] AUDITORS_WRITES = {"/api/v1/accountability/audit-reports",
            "/api/v1/accountability/audit-assessments", "/api/v1/accountability/audit-statements"};

    @Bean
    public PasswordEncoder passwordEncoder(LedgerUsersProperties properties) {
        return VerifiedPasswords.forAccounts(properties.users().stream().map(LedgerUsersProperties.User::passwordHash)
                .toList(), Duration.ofMinutes(5), System::nanoTime);
    }

    @Bean
    public UserDetailsService users(LedgerUsersProperties properties, PasswordEncoder encoder, Environment environment) {
        boolean embedded = EmbeddedDatabaseCondition.isEmbedded(environment);
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (LedgerUsersProperties.User user : properties.users()) {
            if (user.username() == null || user.passwordHash() == null || !user.passwordHash().startsWith("$2")) {
                throw new IllegalStateException("styrledger.security.users: every user needs a username and a"
                        + " bcrypt password-hash (starting with $2)");
            }
            if (!embedded && encoder.matches(DEMO_PASSWORD, user.passwordHash())) {
                throw new IllegalStateException("User '" + user.username() + "' has the demo password. Outside the"
                        + " embedded default every account needs its own password: set styrledger.security.users.");
            }
            manager.createUser(User.withUsername(user.username()).password(user.passwordHash())
                    .roles(user.roles().toArray(String[]::new)).build());
        }
        return manager;
    }

    /**
     * Only where HTTP is served: a node started for a task (LedgerTask) has no web server and no filter chain. It
     * takes every path no earlier chain (the kommun login's, the web UI's) has taken.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json,
                                                   ObjectProvider<BearerTokens> kommunLogin) throws Exception {
        BearerTokens login = kommunLogin.getIfAvailable();
        AuthenticationEntryPoint loginRequired = (request, response, e) -> {
            response.addHeader("WWW-Authenticate", "Basic realm=\"styrledger\", charset=\"UTF-8\"");
            if (login != null) {
                response.addHeader("WWW-Authenticate", "Bearer realm=\"styrledger\"");
            }
            Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED,
                    "Logga in med ett konto som har rätt roll för att göra detta.", null, null));
        };
        http
                // Stateless: no session, so no cookie a browser would send along; the guard below stops forms.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new CrossSiteWriteGuard(json), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders::apply)
                .httpBasic(basic -> basic.authenticationEntryPoint(loginRequired))
                .addFilterAfter(new AccountInLogs(), BasicAuthenticationFilter.class)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(loginRequired)
                        .accessDeniedHandler((request, response, e) -> Problems.write(response, json,
                                Problems.of(HttpStatus.FORBIDDEN,
                                        "Ditt konto saknar den roll som krävs för att göra detta.", null, null))))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/api/v1/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(Roles.AUDITOR, Roles.ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        // The revisorer record their own documents under their role; the command side refuses every
                        // other account with R-50 (ADR 0111), so the answer names the rule.
                        .requestMatchers(HttpMethod.POST, AUDITORS_WRITES)
                        .hasAnyRole(Roles.AUDITOR, Roles.RECORDER, Roles.ADMIN)
                        .requestMatchers("/api/**").hasAnyRole(Roles.RECORDER, Roles.ADMIN)
                        .anyRequest().permitAll());
        if (login != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(loginRequired)
                    .jwt(jwt -> jwt.decoder(login.tokens()).jwtAuthenticationConverter(login.authentication())));
        }
        return http.build();
    }
}
