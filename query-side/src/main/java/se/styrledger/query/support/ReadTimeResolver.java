package se.styrledger.query.support;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.styrledger.platform.web.LedgerException;

import java.time.Clock;
import java.util.List;

/**
 * Resolves a {@link ReadAt} {@link ReadTime} or {@link KnownAt}: the one place a query reads {@code asOf}, {@code knownAt} and
 * {@code minPosition}. The times are checked first, so a malformed one is a 400 at once and never waits; then the
 * read waits for {@code minPosition} (read-your-writes), as every query controller did by hand before.
 */
@Component
class ReadTimeResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static final String AS_OF = "asOf";
    static final String KNOWN_AT = "knownAt";
    static final String MIN_POSITION = "minPosition";

    private final ProjectionProgress progress;
    private final Clock clock;

    ReadTimeResolver(ProjectionProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(ReadAt.class) && (parameter.getParameterType() == ReadTime.class
                || parameter.getParameterType() == KnownAt.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        ReadAt readAt = parameter.getParameterAnnotation(ReadAt.class);
        String knownAt = request.getParameter(KNOWN_AT);
        Object at;
        if (parameter.getParameterType() == KnownAt.class) {
            at = new KnownAt(ReadTime.of(null, knownAt, clock).knownAt(), knownAt != null && !knownAt.isBlank());
        } else {
            at = ReadTime.of(readAt.asOf() ? request.getParameter(AS_OF) : null, knownAt, clock);
        }
        progress.await(position(request.getParameter(MIN_POSITION)));
        return at;
    }

    private static Long position(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw LedgerException.invalid(MIN_POSITION, "Parametern 'minPosition' har fel format: '"
                    + (value.length() > 80 ? value.substring(0, 80) + "…" : value) + "'.");
        }
    }
}
