package se.styrledger.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before the ledger's own code sees them still get problem+json. Tomcat would refuse an encoded
 * slash ({@code %2F}) in a path with an HTML page; passed through, Spring Security's firewall refuses it instead,
 * and its refusals are answered here rather than by the generic error page.
 */
@Configuration(proxyBeanMethods = false)
public class RejectedRequests {

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    @Bean
    public RequestRejectedHandler problemForRejectedRequests(ObjectMapper json) {
        return (request, response, e) -> Problems.write(response, json, Problems.of(HttpStatus.BAD_REQUEST,
                "Adressen innehåller tecken som inte är tillåtna.", null, null));
    }
}
