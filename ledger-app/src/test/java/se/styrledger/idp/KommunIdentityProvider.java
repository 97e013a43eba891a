package se.styrledger.idp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real OpenID Connect provider for the kommun-login tests: Spring Authorization Server on a random loopback port,
 * with its own signing key, a login form, clients and people. Each person or client carries a "groups" claim and a
 * "name", as a kommun's Entra ID or Keycloak would. Outside the ledger's component scan: it is its own application.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
public class KommunIdentityProvider {

    /** The audience the ledger accepts; the client of that name gets tokens for it. */
    public static final String API_AUDIENCE = "styrledger-api";
    /** Client credentials with the kommun's group for registrators. */
    public static final String RECORDER_CLIENT = API_AUDIENCE;
    /** Client credentials with the revisorer's group, and tokens for the API audience. */
    public static final String AUDITOR_CLIENT = "revisionen";
    /** Tokens for another application: the wrong audience. */
    public static final String OTHER_CLIENT = "annan-tjanst";
    /** Tokens for the API that live one second. */
    public static final String SHORT_LIVED_CLIENT = "kortlivad";
    /** Each client's secret (Spring Authorization Server wants every secret to be unique). */
    public static String secret(String clientId) {
        return "hemligt-" + clientId;
    }
    /** The browser's client: public, PKCE required. */
    public static final String WEB_CLIENT = "styrledger-webb";
    public static final String PERSON = "rita";
    public static final String PERSON_PASSWORD = "ritas-losenord";
    public static final String PERSON_NAME = "Rita Revisor";

    private static final Map<String, List<String>> GROUPS = Map.of(
            RECORDER_CLIENT, List.of("styrledger-registratorer"),
            AUDITOR_CLIENT, List.of("styrledger-revisorer"),
            OTHER_CLIENT, List.of("styrledger-registratorer"),
            SHORT_LIVED_CLIENT, List.of("styrledger-registratorer"),
            PERSON, List.of("alla-anstallda", "styrledger-revisorer"));

    /**
     * Starts a provider. Its issuer is http://localhost:port and the ledger is reached at 127.0.0.1, so a browser keeps
     * their cookies apart (cookies ignore ports); Spring Authorization Server wants the loopback redirect back to the
     * ledger as an IP literal anyway.
     */
    public static Running start() {
        // A configuration name of its own: the ledger's application.yml on the classpath is not the provider's.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KommunIdentityProvider.class)
                .run("--spring.config.name=kommun-idp", "--server.port=0", "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off", "--spring.jmx.enabled=false");
        return new Running(context);
    }

    public record Running(ConfigurableApplicationContext context) implements AutoCloseable {

        public String issuer() {
            return "http://localhost:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        }

        /** The browser client, once the ledger's address (for the redirect back) is known. */
        public void registerWebClient(String redirectUri) {
            context.getBean(InMemoryRegisteredClientRepository.class).save(RegisteredClient
                    .withId(UUID.randomUUID().toString()).clientId(WEB_CLIENT)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(redirectUri).scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build())
                    .build());
        }

        @Override
        public void close() {
            context.close();
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(User.withUsername(PERSON).password("{noop}" + PERSON_PASSWORD)
                .roles("USER").build());
    }

    @Bean
    InMemoryRegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(
                machine(RECORDER_CLIENT, Duration.ofMinutes(5)), machine(AUDITOR_CLIENT, Duration.ofMinutes(5)),
                machine(OTHER_CLIENT, Duration.ofMinutes(5)), machine(SHORT_LIVED_CLIENT, Duration.ofSeconds(1)));
    }

    private static RegisteredClient machine(String clientId, Duration lifetime) {
        return RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId)
                .clientSecret("{noop}" + secret(clientId))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(lifetime).build())
                .build();
    }

    /**
     * The kommun's claims: groups and a name on every token. A client's tokens are for itself (aud = its id) unless
     * the provider is told they are for the API, as for the revisorer's and the short-lived client.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> kommunClaims() {
        return token -> {
            String who = token.getPrincipal().getName();
            token.getClaims().claim("groups", GROUPS.getOrDefault(who, List.of()));
            token.getClaims().claim("name", PERSON.equals(who) ? PERSON_NAME : "Tjänstekonto " + who);
            if (AUDITOR_CLIENT.equals(who) || SHORT_LIVED_CLIENT.equals(who)) {
                token.getClaims().audience(List.of(API_AUDIENCE));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKey) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKey);
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }
}
