package se.styrledger.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * {@code styrledger.time-zone}: the kommun's calendar, for "today" in rules and default queries (ADR 0136, 0200). A name
 * that is no time zone stops the start with the property's name (Spring binds it with {@link ZoneId#of}).
 *
 * @param timeZone the kommun's time zone
 */
@ConfigurationProperties("styrledger")
public record TimeProperties(ZoneId timeZone) {

    public TimeProperties {
        timeZone = timeZone == null ? ZoneId.of("Europe/Stockholm") : timeZone;
    }
}
