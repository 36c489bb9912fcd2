package org.perfeval.core.security;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response: a content security policy, no framing, no content-type sniffing, a strict
 * referrer policy (and HSTS, which Spring Security sends on HTTPS only). The screens' policy allows what Vaadin's
 * client engine needs: an inline bootstrap script, functions built from the server's JavaScript, and inline styles.
 */
public final class SecurityHeaders {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** For JSON endpoints: nothing may be loaded, nothing may frame them. */
    public static void apply(HeadersConfigurer<HttpSecurity> headers) {
        common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    /**
     * For the screens; {@code formTargets} are the other origins a form may post to or redirect through (the Keycloak
     * server, whose logout page a logout redirects to).
     */
    public static void applyToScreens(HeadersConfigurer<HttpSecurity> headers, List<String> formTargets) {
        common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(screensPolicy(formTargets)));
    }

    public static String screensPolicy(List<String> formTargets) {
        String targets = formTargets.isEmpty() ? "" : " " + String.join(" ", formTargets);
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'" + targets;
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(contentType -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }
}
