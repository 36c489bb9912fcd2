package org.perfeval.core.security.login;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.Optional;

import org.perfeval.core.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The REST API under /api: every call authenticated, no session; HTTP Basic against local accounts in the embedded
 * mode, Keycloak bearer tokens in the keycloak mode. CSRF protection is off because the API holds no session cookie,
 * and its writing endpoints accept only application/json, which a cross-site form cannot send. The public portal's
 * calls under /api/public need no login. The actuator is served the same way, so that monitoring logs in like any
 * API client: health and the probes answer anyone, their details only administrators.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, Optional<KeycloakUsers> keycloak) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/public/**", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders::apply);
        if (keycloak.isPresent()) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(
                    token -> new BearerAuthentication(keycloak.get().fromClaims(token.getClaims()), token))));
        } else {
            http.httpBasic(withDefaults());
        }
        return http.build();
    }
}
