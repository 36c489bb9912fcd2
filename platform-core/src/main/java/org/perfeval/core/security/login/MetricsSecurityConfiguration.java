package org.perfeval.core.security.login;

import java.util.Optional;

import org.perfeval.core.security.Role;
import org.perfeval.core.security.SecurityHeaders;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Prometheus endpoint, ahead of the API chain: administrators log in as on the API (HTTP Basic, or a Keycloak
 * bearer token), a Prometheus server presents the scrape token instead; anyone else is refused (401 without
 * credentials, 403 with another role's).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsScrapeProperties.class)
class MetricsSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain metricsSecurity(HttpSecurity http, Optional<KeycloakUsers> keycloak,
                                        MetricsScrapeProperties properties) throws Exception {
        ScrapeToken token = new ScrapeToken(properties.token());
        http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyAuthority(Role.ADMIN.authority(), ScrapeToken.AUTHORITY))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders::apply)
                .exceptionHandling(refusals -> refusals.accessDeniedHandler(
                        (request, response, denied) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .addFilterBefore(token, BearerTokenAuthenticationFilter.class);
        if (keycloak.isPresent()) {
            http.oauth2ResourceServer(server -> server
                    .bearerTokenResolver(token.otherwise(new DefaultBearerTokenResolver()))
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(bearer -> new BearerAuthentication(
                            keycloak.get().fromClaims(bearer.getClaims()), bearer))));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(MetricsSecurityConfiguration::askForBasic));
        }
        return http.build();
    }

    /**
     * 401 with the status alone: a sendError would dispatch to the error page, which the screens' chain answers with a
     * redirect to their login page.
     */
    private static void askForBasic(HttpServletRequest request, HttpServletResponse response,
                                    AuthenticationException refused) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PerfEval\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
