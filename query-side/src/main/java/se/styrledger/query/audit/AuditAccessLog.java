package se.styrledger.query.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.styrledger.platform.security.WhoRecorded;

import java.util.stream.Collectors;

/**
 * Records every read of personal data (who, with which roles, what, when) before it is answered, so the auditors'
 * own access is auditable: the audit trail, the dead-letter list (events with their metadata) and an event export
 * that names who recorded each event (review finding 4). Only requests that passed the role check reach it; an
 * export without the accounts is an open read like any other and is not logged.
 */
@Configuration(proxyBeanMethods = false)
public class AuditAccessLog implements WebMvcConfigurer {

    private static final String EVENTS = "/api/v1/events";
    private static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";

    private final JdbcTemplate jdbc;

    public AuditAccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getRequestURI().startsWith(EVENTS) && !WhoRecorded.visible()) {
                    return true;
                }
                Authentication user = SecurityContextHolder.getContext().getAuthentication();
                String roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.joining(","));
                String what = request.getMethod() + " " + request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                jdbc.update("INSERT INTO audit_access (accessed_by, roles, request) VALUES (?, ?, ?)",
                        user.getName(), roles, what.length() > 2000 ? what.substring(0, 2000) : what);
                return true;
            }
        }).addPathPatterns("/api/v1/audit/**", DEAD_LETTERS, EVENTS);
    }
}
