package se.styrledger.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the {@link PageContext} of a request: any controller method may take one as an argument. */
@Component
public class PageContextResolver implements HandlerMethodArgumentResolver {

    private static final String ROLE_PREFIX = "ROLE_";

    private final Clock clock;

    public PageContextResolver(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageContext.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        return of(request.getNativeRequest(HttpServletRequest.class));
    }

    private static String decode(String value) {
        try {
            return UriUtils.decode(value.replace("+", " "), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    public PageContext of(HttpServletRequest request) {
        TimeControl time = TimeControl.of(request.getParameter(TimeControl.AS_OF),
                request.getParameter(TimeControl.KNOWN_AT), clock);
        Map<String, List<String>> others = new LinkedHashMap<>();
        if (request.getQueryString() != null) {
            UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams()
                    .forEach((name, values) -> {
                        String decoded = decode(name);
                        if (!decoded.equals(TimeControl.AS_OF) && !decoded.equals(TimeControl.KNOWN_AT)) {
                            others.put(decoded, values.stream().map(v -> v == null ? "" : decode(v)).toList());
                        }
                    });
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        Set<String> roles = !signedIn ? Set.of() : auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new PageContext(path, others, time, signedIn ? auth.getName() : null, roles,
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()));
    }
}
