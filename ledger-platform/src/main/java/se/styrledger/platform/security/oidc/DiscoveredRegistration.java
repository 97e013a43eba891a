package se.styrledger.platform.security.oidc;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The ledger's client at the kommun's provider, read from the provider's discovery document on the first login (not
 * at start-up: a provider that is down must not stop the ledger). Deliberately not Iterable, so Spring Security
 * never lists it, and never fetches it, while building the filter chain.
 */
final class DiscoveredRegistration implements ClientRegistrationRepository {

    private final KommunLoginProperties properties;
    private volatile ClientRegistration registration;

    DiscoveredRegistration(KommunLoginProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return KommunLogin.REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    private ClientRegistration registration() {
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    boolean secret = properties.clientSecret() != null && !properties.clientSecret().isBlank();
                    registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri().toString())
                            .registrationId(KommunLogin.REGISTRATION_ID)
                            .clientId(properties.clientId())
                            .clientSecret(secret ? properties.clientSecret() : null)
                            .clientAuthenticationMethod(secret ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                                    : ClientAuthenticationMethod.NONE)
                            .scope(properties.scopes())
                            .userNameAttributeName(properties.claims().subject())
                            .build();
                }
                known = registration;
            }
        }
        return known;
    }
}
