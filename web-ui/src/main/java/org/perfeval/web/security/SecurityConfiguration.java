package org.perfeval.web.security;

import java.net.URI;
import java.util.List;

import org.perfeval.core.security.SecurityHeaders;
import org.perfeval.core.security.login.KeycloakProperties;
import org.perfeval.core.security.login.KeycloakUsers;
import org.perfeval.web.ui.layout.LoginView;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * The screens. Embedded mode: local form login through the Vaadin login view. Keycloak mode: OIDC login (authorization
 * code with PKCE) and a logout that also ends the Keycloak session. Both: the health endpoint is public (its details
 * are not), CSRF protection (Vaadin's own token for its requests, Spring's for the rest, an Origin check for the login
 * form), a new session id at login, and the security headers. The REST API has its own chain in platform-core.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String KEYCLOAK_LOGIN = "/oauth2/authorization/keycloak";

    @Bean
    @Profile("!keycloak")
    SecurityFilterChain screens(HttpSecurity http) throws Exception {
        common(http, List.of());
        http.addFilterBefore(new LoginOriginFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    @Profile("keycloak")
    SecurityFilterChain keycloakScreens(HttpSecurity http, KeycloakUsers users, KeycloakProperties keycloak,
                                        ClientRegistrationRepository registrations) throws Exception {
        common(http, List.of(origin(keycloak.serverUrl())));
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        // Keycloak would follow the browser's languages, where zh-CN matches none of its own (zh-Hans); the platform
        // is Chinese first, so its login page is too
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> request.additionalParameters(parameters -> parameters.put("ui_locales",
                        "zh-Hans en"))));
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new KeycloakOidcUserService(users))));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(KEYCLOAK_LOGIN, "{baseUrl}"));
        return http.build();
    }

    private static void common(HttpSecurity http, List<String> formTargets) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health")).permitAll());
        http.headers(headers -> {
            SecurityHeaders.applyToScreens(headers, formTargets);
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                // Vaadin writes its pages past the lazy header writer; set the headers before it starts
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        });
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
