package se.styrledger.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
                        .version("v1"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    /** Every command accepts an Idempotency-Key; saying so once here keeps the controllers plain. */
    @Bean
    public OpenApiCustomizer idempotencyKeyHeader() {
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                        .description("Valfri nyckel: en upprepad begäran med samma nyckel ger det första svaret och"
                                + " registrerar inget nytt.")
                        .schema(new StringSchema().maxLength(200)));
                operation.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("basic"));
            }
        }));
    }
}
