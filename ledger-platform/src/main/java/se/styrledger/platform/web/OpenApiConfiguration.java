package se.styrledger.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The OpenAPI document: the ledger's API for clients that generate code from it. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    public OpenAPI styrledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Styrledger API")
                        .description("Händelsebaserad liggare för kommunal styrning: beslut om vision, strategiska"
                                + " inriktningar, inriktningsmål, effektmål, verksamhetsplaner, uppföljning och"
                                + " styrdokument. Läsning är öppen för alla; registrering kräver rollen RECORDER."
                                + " Fel beskrivs som application/problem+json (RFC 9457) på svenska.")
                        .contact(new Contact().name("Styrledger").url("https://styrledger.se"))
                        .version("v1"))
                // Relative, so the document is the same on every host and port (docs/openapi.json).
                .servers(List.of(new Server().url("/").description("Den liggare som serverar dokumentet")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    /** Errors, security and the Idempotency-Key of every operation, said once (ApiContract). */
    @Bean
    public OpenApiCustomizer apiContract() {
        return new ApiContract();
    }
}
