package org.perfeval.core.security.login;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The keycloak mode's bearer tokens: signed by the realm's keys (fetched when the first token arrives, so the platform
 * starts while Keycloak is still starting), issued by the realm, meant for the platform's client, and not expired.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakTokenConfiguration {

    @Bean
    JwtDecoder keycloakJwtDecoder(KeycloakProperties keycloak) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(keycloak.issuer()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    new JwtTimestampValidator(keycloak.clockSkew()),
                    new JwtIssuerValidator(keycloak.issuer()),
                    new JwtClaimValidator<List<String>>("aud",
                            audience -> audience != null && audience.contains(keycloak.clientId()))));
            return decoder;
        });
    }
}
