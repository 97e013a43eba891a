package se.styrledger.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Bearer tokens for the API from an identity provider, when one is configured (the kommun's login, in
 * {@code security.oidc}). Declared here so that the API's filter chain takes them without knowing the provider's
 * package, which itself builds on this one: no package cycle.
 */
public interface BearerTokens {

    /** Checks a token's signature, issuer, audience and lifetime. */
    JwtDecoder tokens();

    /** A validated token → the person with the ledger's roles. */
    Converter<Jwt, AbstractAuthenticationToken> authentication();
}
