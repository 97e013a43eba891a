package se.styrledger.platform.security.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Kommun login: the kommun's own OpenID Connect provider (Entra ID, Keycloak, an eID broker …). Nothing here is used,
 * and no outside host is ever contacted, unless {@code issuer-uri} is set. docs/security.md has examples.
 *
 * @param issuerUri    the provider's issuer; tokens must name exactly this issuer
 * @param jwkSetUri    where the provider's signing keys are; by default read from the issuer's discovery document
 * @param audiences    a token must be meant for one of these (its {@code aud}); required with an issuer
 * @param clientId     the ledger's client id at the provider, for browser login; without it only bearer tokens work
 * @param clientSecret the client's secret, if the provider gave it one (PKCE is used either way)
 * @param scopes       scopes asked for at browser login
 * @param claims       which claims carry the person's id, name and roles
 * @param roleMapping  a group or role value in the roles claim → the ledger's role (RECORDER, AUDITOR, ADMIN); when
 *                     empty, values that are the ledger's role names count as they are
 * @param clockSkew    how far a token's time stamps may be off the ledger's clock
 */
@ConfigurationProperties("styrledger.security.oidc")
public record KommunLoginProperties(URI issuerUri, URI jwkSetUri, List<String> audiences, String clientId,
                                    String clientSecret, List<String> scopes, Claims claims,
                                    Map<String, String> roleMapping, Duration clockSkew) {

    public KommunLoginProperties {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        scopes = scopes == null ? List.of("openid", "profile") : List.copyOf(scopes);
        claims = claims == null ? new Claims(null, null, null) : claims;
        roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
    }

    /**
     * @param subject the person's id, which the ledger records as who recorded an event ({@code sub}; Entra ID's
     *                stable {@code oid}, or a HSA-id from an eID broker)
     * @param name    the person's name, shown to them ({@code name})
     * @param roles   the claim with roles or groups ({@code roles}; Keycloak: {@code realm_access.roles}); a dotted
     *                path reaches into an object
     */
    public record Claims(String subject, String name, String roles) {
        public Claims {
            subject = subject == null || subject.isBlank() ? "sub" : subject;
            name = name == null || name.isBlank() ? "name" : name;
            roles = roles == null || roles.isBlank() ? "roles" : roles;
        }
    }
}
