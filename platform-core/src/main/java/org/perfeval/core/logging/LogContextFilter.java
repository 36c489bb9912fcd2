package org.perfeval.core.logging;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the logged-in user ({@code user.name}, as the Elastic Common Schema names it) and the evaluation the path
 * names ({@code evaluationId}: /api/evaluations/42/…, or the screens' /evaluations/42) in the log context of every
 * line the request logs, and takes them out again afterwards, since the thread serves other requests next. Runs after
 * Spring Security, which has then established the user.
 */
final class LogContextFilter extends OncePerRequestFilter {

    private static final Pattern EVALUATION_PATH = Pattern.compile("^/(?:api/)?evaluations/(\\d{1,18})(?:/|$)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Matcher evaluation = EVALUATION_PATH.matcher(request.getRequestURI().substring(request.getContextPath()
                .length()));
        try {
            if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
                MDC.put(LogContext.USER, user.getName());
            }
            if (evaluation.find()) {
                MDC.put(LogContext.EVALUATION, evaluation.group(1));
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove(LogContext.USER);
            MDC.remove(LogContext.EVALUATION);
        }
    }
}
