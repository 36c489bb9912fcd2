package org.perfeval.web.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.opentest4j.TestAbortedException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real Keycloak distribution from Maven Central (unpacked by the build into target/keycloak), started once per
 * test JVM in development mode on a free loopback port with an in-memory database, and stopped when the JVM ends.
 * Each test class gets a realm of its own, imported from deploy/keycloak/perfeval-realm.json under a new name. Without
 * the distribution (a test started outside Maven) the class is skipped with a message, except in CI (CI=true) or with
 * -Dperfeval.it.require-keycloak=true, where that fails.
 */
public final class KeycloakServer implements BeforeAllCallback {

    private static final Path HOME = Path.of(System.getProperty("perfeval.keycloak.home", "target/keycloak/none"));
    private static final Path REALM_FILE = Path.of(System.getProperty("perfeval.keycloak.realm-file",
            "../deploy/keycloak/perfeval-realm.json"));
    private static final String ADMIN = "it-admin";
    private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();
    private static final AtomicInteger REALMS = new AtomicInteger();
    private static Process process;
    private static String url;
    private static Keycloak admin;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!Files.isExecutable(HOME.resolve("bin/kc.sh"))) {
            String message = "no Keycloak distribution at " + HOME + " (the build unpacks it in pre-integration-test):"
                    + " the Keycloak test " + context.getDisplayName() + " is skipped";
            if ("true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("perfeval.it.require-keycloak")) {
                throw new IllegalStateException(message.replace("is skipped", "must run here but cannot"));
            }
            System.err.println("[perfeval] " + message);
            throw new TestAbortedException(message);
        }
        start();
    }

    /** The server's base URL, e.g. http://127.0.0.1:41234. */
    public static String url() {
        return url;
    }

    /** Master-realm administration, for checking what the platform did and for changing a test realm. */
    public static synchronized Keycloak admin() {
        if (admin == null) {
            admin = Keycloak.getInstance(url, "master", ADMIN, ADMIN_PASSWORD, "admin-cli");
        }
        return admin;
    }

    /**
     * A new realm from the shipped realm file, its client accepting redirects to the application on {@code appPort}.
     */
    public static TestRealm newRealm(int appPort) throws IOException {
        RealmRepresentation realm = new ObjectMapper().readValue(REALM_FILE.toFile(), RealmRepresentation.class);
        String name = "perfeval-it-" + REALMS.incrementAndGet();
        realm.setRealm(name);
        realm.setId(null);
        ClientRepresentation client = realm.getClients().stream()
                .filter(c -> "perfeval".equals(c.getClientId())).findFirst().orElseThrow();
        client.setRootUrl("http://127.0.0.1:" + appPort);
        client.setRedirectUris(List.of("http://127.0.0.1:" + appPort + "/*", "http://localhost:" + appPort + "/*"));
        admin().realms().create(realm);
        return new TestRealm(url, name, client.getClientId(), client.getSecret());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static synchronized void start() throws Exception {
        if (process != null && process.isAlive()) {
            return;
        }
        int port = freePort();
        Path log = Path.of("target", "keycloak-server.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(HOME.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--db=dev-mem", "--cache=local")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Instant started = Instant.now();
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::stop, "stop-keycloak"));
        url = "http://127.0.0.1:" + port;
        awaitReady(log);
        System.err.println("[perfeval] Keycloak ready at " + url + " after "
                + Duration.between(started, Instant.now()).toSeconds() + " s");
    }

    private static void awaitReady(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/realms/master/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Keycloak stopped while starting; see " + log + ":\n"
                                    + tail(log));
                        }
                        return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            stop();
            throw new IllegalStateException("Keycloak did not start within 4 minutes; see " + log + ":\n"
                    + tailQuietly(log), e);
        }
    }

    private static String tailQuietly(Path log) {
        try {
            return tail(log);
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void stop() {
        if (process != null) {
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
}
