package se.styrledger.query.rebuild;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import se.styrledger.platform.web.RetryLaterException;
import se.styrledger.query.QuerySideConfiguration;
import se.styrledger.query.support.ProjectionProgress;

import java.lang.reflect.Method;

/**
 * Never a half-built answer (ADR 0030): every query-side controller answers 503 with Retry-After unless the read
 * models are complete. Checked twice, like a sequence lock: before the handler reads, and again before its answer is
 * written. If the generation is the same both times and the state was SERVING, no reset can have happened while the
 * handler read, because a rebuild moves the generation before it resets anything. New query controllers are covered
 * by living in a query-side package; those that read no read table opt out with {@link ServedDuringRebuild}.
 */
@ControllerAdvice
public class RebuildGate implements HandlerInterceptor, WebMvcConfigurer, ResponseBodyAdvice<Object> {

    private static final String QUERY_SIDE = QuerySideConfiguration.class.getPackageName() + ".";
    private static final String GENERATION = RebuildGate.class.getName() + ".generation";
    private static final int RETRY_WHILE_STOPPING_SECONDS = 5;
    private static final int MAX_RETRY_SECONDS = 60;

    private final RebuildStates states;
    private final ProjectionProgress progress;

    public RebuildGate(RebuildStates states, ProjectionProgress progress) {
        this.states = states;
        this.progress = progress;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && gated(method.getBeanType(), method.getMethod())) {
            RebuildState state = states.read();
            requireServing(state);
            request.setAttribute(GENERATION, state.generation());
        }
        return true;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.getMethod() != null && gated(returnType.getContainingClass(), returnType.getMethod());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servlet
                && servlet.getServletRequest().getAttribute(GENERATION) instanceof Long before) {
            RebuildState state = states.read();
            requireServing(state);
            if (state.generation() != before) {
                throw new RetryLaterException("Läsmodellerna byggdes om medan svaret togs fram. Försök igen.", 1);
            }
        }
        return body;
    }

    static boolean gated(Class<?> controller, Method method) {
        return controller.getName().startsWith(QUERY_SIDE)
                && !AnnotatedElementUtils.hasAnnotation(controller, ServedDuringRebuild.class)
                && !AnnotatedElementUtils.hasAnnotation(method, ServedDuringRebuild.class);
    }

    private void requireServing(RebuildState state) {
        if (state.serving()) {
            return;
        }
        if (state.phase() == RebuildState.Phase.STOPPING) {
            throw new RetryLaterException("Läsmodellerna ska byggas om från händelselagret och svarar inte just nu."
                    + " Försök igen om en stund.", RETRY_WHILE_STOPPING_SECONDS);
        }
        RebuildStatus status = RebuildStatus.of(state, progress.positions());
        long retry = status.secondsLeft() == null ? RETRY_WHILE_STOPPING_SECONDS
                : Math.max(1, Math.min(MAX_RETRY_SECONDS, status.secondsLeft()));
        throw new RetryLaterException("Läsmodellerna byggs om från händelselagret (" + status.percent()
                + " % klart). Försök igen om en stund.", (int) retry);
    }
}
