package se.styrledger.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code styrledger.http.*} (ADR 0136). Checked at start-up: a nonsense value stops the ledger with the property's name.
 *
 * @param maxBodyBytes the largest request body taken; larger ones get 413
 */
@ConfigurationProperties("styrledger.http")
public record HttpProperties(Long maxBodyBytes) {

    public HttpProperties {
        maxBodyBytes = maxBodyBytes == null ? 262_144 : maxBodyBytes;
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("styrledger.http.max-body-bytes must be at least 1");
        }
    }
}
