package org.perfeval.core.security.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The metrics scrape token: a request bearing it is the scraper, with the one authority of reading the metrics.
 * Compared in constant time; no token configured, nothing matches.
 */
final class ScrapeToken extends OncePerRequestFilter {

    static final String AUTHORITY = "METRICS_SCRAPE";
    static final String SCRAPER = "metrics-scraper";

    private final byte[] expected;

    ScrapeToken(String token) {
        this.expected = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    boolean presentedBy(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return expected != null && header != null
                && MessageDigest.isEqual(expected, header.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Bearer tokens for Keycloak, except the scrape token, which is no JWT and already authenticated. */
    BearerTokenResolver otherwise(BearerTokenResolver jwt) {
        return request -> presentedBy(request) ? null : jwt.resolve(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (presentedBy(request)) {
            // the strategy of the moment: Vaadin replaces the default one after the chains are built
            SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SCRAPER, null,
                    List.of(new SimpleGrantedAuthority(AUTHORITY))));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
