package org.perfeval.web.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.keycloak.admin.client.resource.RealmResource;
import org.springframework.test.context.DynamicPropertyRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One test class's realm on the shared Keycloak server: tokens for its users, and the platform's settings for it. */
public record TestRealm(String serverUrl, String name, String clientId, String clientSecret) {

    public String issuer() {
        return serverUrl + "/realms/" + name;
    }

    /** Points the platform's keycloak profile at this realm. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("perfeval.keycloak.server-url", this::serverUrl);
        registry.add("perfeval.keycloak.realm", this::name);
        registry.add("perfeval.keycloak.client-id", this::clientId);
        registry.add("perfeval.keycloak.client-secret", this::clientSecret);
    }

    /** An access token for a user of the realm (the password grant, as a script or a test would use it). */
    public String token(String username, String password) throws IOException, InterruptedException {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", clientId, "client_secret",
                clientSecret, "username", username, "password", password, "scope", "openid");
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.body());
        }
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        return json.get("access_token").asString();
    }

    /** This realm through the master administrator. */
    public RealmResource admin() {
        return KeycloakServer.admin().realm(name);
    }
}
