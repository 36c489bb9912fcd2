package org.perfeval.deploy.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

import tools.jackson.databind.JsonNode;

/**
 * The real Keycloak distribution from Maven Central (the build unpacks it into target/keycloak), started in
 * development mode on a free loopback port with an in-memory database and the shipped realm
 * (deploy/keycloak/perfeval-realm.json) imported; its demo users give the tokens.
 */
final class KeycloakDistribution implements AutoCloseable {

    private static final Path HOME = Path.of(System.getProperty("perfeval.keycloak.home", "target/keycloak/none"));
    private static final Path REALM_FILE = Path.of(System.getProperty("perfeval.keycloak.realm-file",
            "keycloak/perfeval-realm.json"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final String url;
    private final String realm;
    private final String clientSecret;

    private KeycloakDistribution(Process process, String url, String realm, String clientSecret) {
        this.process = process;
        this.url = url;
        this.realm = realm;
        this.clientSecret = clientSecret;
    }

    static KeycloakDistribution start() {
        if (!Files.isExecutable(HOME.resolve("bin/kc.sh"))) {
            throw Required.missing("no Keycloak distribution at " + HOME
                    + " (the build unpacks it in pre-integration-test)", null);
        }
        try {
            JsonNode realmJson = PlatformApi.JSON.readTree(REALM_FILE.toFile());
            String secret = "";
            for (JsonNode client : realmJson.get("clients")) {
                if ("perfeval".equals(client.get("clientId").asString())) {
                    secret = client.get("secret").asString();
                }
            }
            Path imports = Files.createDirectories(HOME.resolve("data/import"));
            Files.copy(REALM_FILE, imports.resolve("perfeval-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Files.createDirectories(PlatformNode.WORK).resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(HOME.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--db=dev-mem", "--cache=local",
                    "--import-realm").redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "system-it-admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
            KeycloakDistribution keycloak = new KeycloakDistribution(builder.start(), "http://127.0.0.1:" + port,
                    realmJson.get("realm").asString(), secret);
            keycloak.awaitRealm(log);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + HOME, e);
        }
    }

    /** What a node in the keycloak profile needs to use this server's realm. */
    Map<String, String> platformEnvironment() {
        return Map.of("PERFEVAL_KEYCLOAK_URL", url, "PERFEVAL_KEYCLOAK_REALM", realm,
                "PERFEVAL_KEYCLOAK_CLIENT_ID", "perfeval", "PERFEVAL_KEYCLOAK_CLIENT_SECRET", clientSecret);
    }

    /** An access token of a realm user (the password grant, as a script would use it). */
    String token(String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", "perfeval", "client_secret", clientSecret,
                        "username", username, "password", password, "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + username + ": " + response.body());
            }
            return PlatformApi.JSON.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String issuer() {
        return url + "/realms/" + realm;
    }

    private void awaitRealm(Path log) throws IOException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak stopped while starting; see " + log + ":\n"
                            + tail(log));
                }
                try {
                    return HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    return false; // not listening yet
                }
            });
        } catch (ConditionTimeoutException e) {
            close();
            throw new IllegalStateException("Keycloak not ready within 8 minutes; see " + log + ":\n" + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
