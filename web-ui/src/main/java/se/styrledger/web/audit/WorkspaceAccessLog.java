package se.styrledger.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.styrledger.query.audit.AuditAccessLog;

/**
 * Every view of the revisor's workspace is an audit read and is recorded before it is answered, by the query side's
 * own {@link AuditAccessLog}, exactly as the API's audit reads are. Only requests that passed the role check
 * (AUDITOR or ADMIN, WebSecurityConfiguration) reach it.
 */
@Configuration(proxyBeanMethods = false)
public class WorkspaceAccessLog implements WebMvcConfigurer {

    private final AuditAccessLog accessLog;

    public WorkspaceAccessLog(AuditAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                accessLog.record(request);
                return true;
            }
        }).addPathPatterns(WorkspaceController.ROOT, WorkspaceController.ROOT + "/**");
    }
}
