package org.perfeval.core.security.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keycloak mode's realm: where it is, the platform's confidential client (also the admin client's service
 * account), and how much clock difference a bearer token's expiry tolerates.
 */
@ConfigurationProperties("perfeval.keycloak")
public record KeycloakProperties(String serverUrl, String realm, String clientId, String clientSecret,
                                 Duration clockSkew) {

    public KeycloakProperties {
        realm = realm == null ? "perfeval" : realm;
        clientId = clientId == null ? "perfeval" : clientId;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }

    public String issuer() {
        return serverUrl.replaceAll("/+$", "") + "/realms/" + realm;
    }
}
