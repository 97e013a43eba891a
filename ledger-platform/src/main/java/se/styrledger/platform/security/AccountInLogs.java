package se.styrledger.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Puts the signed-in account into the logging context ({@code user.name}, ECS's field for it) once HTTP Basic has
 * authenticated the request, so an operator can tell whose request a log line belongs to. An account name is personal
 * data: logs are for operators only and kept as the kommun's retention rules say (docs/operations.md).
 */
final class AccountInLogs extends OncePerRequestFilter {

    static final String KEY = "user.name";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication account = SecurityContextHolder.getContext().getAuthentication();
        if (account == null || account instanceof AnonymousAuthenticationToken || !account.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(KEY, account.getName());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(KEY);
        }
    }
}
