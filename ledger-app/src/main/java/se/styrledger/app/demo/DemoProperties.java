package se.styrledger.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code styrledger.demo.*}: whether to record the demo kommun at start-up, and the account it records as (ADR 0136).
 *
 * @param load     record the demo kommun once the server is up ({@link DemoLoader})
 * @param username the demo account's name
 * @param password the demo account's password
 */
@ConfigurationProperties("styrledger.demo")
public record DemoProperties(boolean load, String username, String password) {

    public DemoProperties {
        username = username == null ? "demo" : username;
        password = password == null ? "demo" : password;
    }
}
