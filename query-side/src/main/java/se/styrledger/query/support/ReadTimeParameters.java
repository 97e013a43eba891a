package se.styrledger.query.support;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.math.BigDecimal;

/**
 * The OpenAPI document shows a {@link ReadAt} parameter as the three query parameters a client sends, not as the
 * {@link ReadTime} the controller receives.
 */
@Component
class ReadTimeParameters implements OperationCustomizer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ReadTime.class, KnownAt.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            ReadAt readAt = parameter.getParameterAnnotation(ReadAt.class);
            if (readAt == null) {
                continue;
            }
            boolean report = parameter.getParameterType() == KnownAt.class;
            if (readAt.asOf() && !report) {
                add(operation, query(ReadTimeResolver.AS_OF,
                        "Per datum (beslutsaxeln): det som gällde den dagen. Standard i dag.",
                        new StringSchema().format("date").example("2024-06-30")));
            }
            add(operation, query(ReadTimeResolver.KNOWN_AT, report
                            ? "Känt per tidpunkt (registreringsaxeln): beräknat så som liggaren kände det då. Utan"
                            + " knownAt visas en stängd rapport så som den frystes (R-21), en öppen som nu."
                            : "Känt per tidpunkt (registreringsaxeln): det liggaren visste då. Standard nu.",
                    new StringSchema().format("date-time").example("2024-07-01T08:00:00Z")));
            add(operation, query(ReadTimeResolver.MIN_POSITION,
                    "Vänta (högst några sekunder) tills läsmodellerna har hunnit till denna position, t.ex. den som"
                            + " en registrering svarade med. 503 med Retry-After om de inte hinner.",
                    new IntegerSchema().format("int64").minimum(BigDecimal.ZERO)));
        }
        return operation;
    }

    /**
     * Two handler methods on one path (e.g. the review as JSON and as HTML/CSV) are one documented operation: a
     * parameter listed twice makes the document invalid for client generators.
     */
    private static void add(Operation operation, Parameter parameter) {
        if (operation.getParameters() == null || operation.getParameters().stream()
                .noneMatch(p -> parameter.getName().equals(p.getName()) && "query".equals(p.getIn()))) {
            operation.addParametersItem(parameter);
        }
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new QueryParameter().name(name).required(false).description(description).schema(schema);
    }
}
