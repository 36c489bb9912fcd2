package org.perfeval.web.security;

import java.util.List;

import org.perfeval.core.security.Role;
import org.perfeval.core.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The OpenAPI description and its Swagger UI: for administrators logged in to the screens (their session), ahead of
 * the screens' chain, which would otherwise let any logged-in user in. Anyone not logged in is sent to the login page,
 * other roles are refused.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurityConfiguration {

    static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
        "/swagger-ui/**"};

    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http, Environment environment) throws Exception {
        String login = environment.acceptsProfiles(Profiles.of("keycloak"))
                ? SecurityConfiguration.KEYCLOAK_LOGIN : "/login";
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(Role.ADMIN.authority()))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(login)))
                .headers(headers -> SecurityHeaders.applyToScreens(headers, List.of()));
        return http.build();
    }
}
