package org.perfeval.deploy.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One node: the packaged production jar started with {@code java -jar} as a process of its own, on a free loopback
 * port, its output in target/system-it/{name}.log. Stopped with SIGTERM, or killed with SIGKILL as a crash would.
 */
final class PlatformNode implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("perfeval.jar", "target/perfeval.jar")).toAbsolutePath();
    private static final String JAVA = System.getProperty("perfeval.java",
            Path.of(System.getProperty("java.home"), "bin", "java").toString());
    static final Path WORK = Path.of(System.getProperty("perfeval.work-dir", "target/system-it")).toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final long startedNanos;

    private PlatformNode(String name, int port, Process process, Path log, long startedNanos) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** Starts the jar; {@code jvmOptions} go before {@code -jar}, {@code arguments} (Spring properties) after it. */
    static PlatformNode start(String name, List<String> jvmOptions, Map<String, String> environment,
                              List<String> arguments) {
        return start(name, JAR, jvmOptions, environment, arguments);
    }

    /** The same with another jar, such as the production jar extracted as the image holds it. */
    static PlatformNode start(String name, Path jar, List<String> jvmOptions, Map<String, String> environment,
                              List<String> arguments) {
        if (!Files.isRegularFile(jar)) {
            throw Required.missing("no production jar at " + jar + " (the build copies it in pre-integration-test)",
                    null);
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        try {
            Path dir = Files.createDirectories(WORK.resolve(name));
            Path log = WORK.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            return new PlatformNode(name, port, builder.start(), log, started);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name, e);
        }
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until /actuator/health answers UP; the time it took since the process started. */
    Duration awaitHealthy(Duration atMost) {
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("node " + name + " stopped while starting (exit "
                            + process.exitValue() + "); see " + log + ":\n" + tail());
                }
                try {
                    HttpResponse<String> answer = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                    return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
                } catch (IOException e) {
                    return false; // not listening yet
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("node " + name + " not healthy within " + atMost + "; see " + log
                    + ":\n" + tail());
        }
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Resident memory of the process, from /proc (Linux). */
    long residentMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** SIGKILL, as a crashed machine or the OOM killer would: nothing is cleaned up, no lock released. */
    void kill() {
        process.destroyForcibly();
        await(Duration.ofSeconds(30));
    }

    /** SIGTERM: Spring shuts down gracefully. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (!await(Duration.ofSeconds(40))) {
                kill();
            }
        }
    }

    private boolean await(Duration atMost) {
        try {
            return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
