package se.styrledger.platform.security.oidc;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import se.styrledger.platform.security.BearerTokens;

import java.util.Collection;
import java.util.List;

/**
 * Kommun login, for any filter chain: bearer tokens for the API ({@link #tokens()}, {@link #authentication()}) and
 * the browser's authorization code flow with PKCE ({@link #browserLogin}). Built only when an issuer is configured;
 * the provider is contacted when the first token or login needs it, never at start-up, so a provider that is down
 * does not stop the ledger and its local accounts.
 */
public final class KommunLogin implements BearerTokens {

    /** The registration id: the browser starts at /oauth2/authorization/kommun and comes back to /login/oauth2/code/kommun. */
    public static final String REGISTRATION_ID = "kommun";
    /** Where a browser chain sends a person to log in with the kommun's provider. */
    public static final String START_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private final KommunLoginProperties properties;
    private final KommunRoles roles;
    private final JwtDecoder tokens;
    private final ClientRegistrationRepository registrations;

    KommunLogin(KommunLoginProperties properties) {
        if (properties.audiences().isEmpty()) {
            throw new IllegalStateException("styrledger.security.oidc.audiences: with an issuer the ledger needs the"
                    + " audience its tokens are issued for (for Entra ID the application id URI, e.g. api://styrledger),"
                    + " or it would accept every token the kommun's provider issues for any application.");
        }
        this.properties = properties;
        this.roles = new KommunRoles(properties);
        this.tokens = new SupplierJwtDecoder(this::decoder);
        this.registrations = properties.clientId() == null ? null : new DiscoveredRegistration(properties);
    }

    public KommunRoles roles() {
        return roles;
    }

    /** Validates a bearer token: the provider's signature, this issuer, one of the audiences, not expired. */
    @Override
    public JwtDecoder tokens() {
        return tokens;
    }

    /** A validated token → the person (its subject claim, recorded as who recorded) with the ledger's roles. */
    @Override
    public Converter<Jwt, AbstractAuthenticationToken> authentication() {
        return jwt -> new JwtAuthenticationToken(jwt, roles.of(jwt.getClaims()), roles.subject(jwt.getClaims()));
    }

    /** Whether a client id is configured, i.e. whether browsers can log in with the provider. */
    public boolean browserLoginConfigured() {
        return registrations != null;
    }

    /**
     * Applies the authorization code flow with PKCE to a browser chain; {@code pages} sets the chain's own login page
     * and failure handling. The chain keeps its session and its CSRF protection.
     */
    public Customizer<HttpSecurity> browserLogin(Customizer<OAuth2LoginConfigurer<HttpSecurity>> pages) {
        if (registrations == null) {
            throw new IllegalStateException("styrledger.security.oidc.client-id is needed for browser login");
        }
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        // PKCE also for a confidential client: a stolen code is useless without the verifier (RFC 9700).
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return http -> {
            try {
                http.oauth2Login(login -> {
                    login.clientRegistrationRepository(registrations)
                            .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(people()));
                    pages.customize(login);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The person logged in in the browser, with the same roles their bearer token would give them. */
    private OAuth2UserService<OidcUserRequest, OidcUser> people() {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            return new DefaultOidcUser(roles.of(user.getClaims()), user.getIdToken(), user.getUserInfo(),
                    properties.claims().subject());
        };
    }

    private JwtDecoder decoder() {
        NimbusJwtDecoder decoder = properties.jwkSetUri() != null
                ? NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build()
                : NimbusJwtDecoder.withIssuerLocation(properties.issuerUri().toString()).build();
        List<String> audiences = properties.audiences();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.stream().anyMatch(audiences::contains));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri().toString()),
                audience));
        return decoder;
    }
}
