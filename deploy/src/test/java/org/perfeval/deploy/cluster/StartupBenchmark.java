package org.perfeval.deploy.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Start to healthy and resident memory of the packaged jar, printed, not asserted (goal: under 12 s and 700 MB):
 * {@code ./mvnw -pl deploy -am -Pbench verify -DskipTests}. On MariaDB and on H2: the fat jar with
 * {@code java -jar} on the empty database (migrating it) and again on the migrated one (a restart, as Kubernetes
 * does it), then the jar as the image runs it: extracted, with the JDK's AOT cache from a training run and the
 * image's JVM options (what deploy/Dockerfile builds).
 */
class StartupBenchmark {

    private static final Path BENCH = PlatformNode.WORK.resolve("bench");
    private static final List<String> IMAGE_JVM = List.of("-XX:MaxRAMPercentage=70", "-XX:+ExitOnOutOfMemoryError");

    @Test
    void startToHealthy() throws Exception {
        deleteEmbeddedDatabase();
        Path extracted = extract();
        Path aotCache = train(extracted);
        List<String> withCache = new ArrayList<>(IMAGE_JVM);
        withCache.add("-XX:AOTCache=" + aotCache);
        try (SystemDatabase database = SystemDatabase.create()) {
            Map<String, String> mysql = Map.of("SPRING_PROFILES_ACTIVE", "mysql", "PERFEVAL_DB_URL", database.url(),
                    "PERFEVAL_DB_USER", SystemDatabase.USER, "PERFEVAL_DB_PASSWORD", SystemDatabase.PASSWORD);
            for (Map.Entry<String, Map<String, String>> db : List.of(Map.entry("MariaDB", mysql),
                    Map.entry("H2", Map.<String, String>of()))) {
                measure("java -jar, first start, migrating (" + db.getKey() + ")", PlatformNode.JAR, List.of(),
                        db.getValue());
                measure("java -jar, restart (" + db.getKey() + ")", PlatformNode.JAR, List.of(), db.getValue());
                measure("image: extracted + AOT cache, restart (" + db.getKey() + ")", extracted, withCache,
                        db.getValue());
            }
        }
        System.out.printf("[bench] machine: %d processors, load average %s%n",
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void measure(String variant, Path jar, List<String> jvm, Map<String, String> environment) {
        try (PlatformNode node = PlatformNode.start("bench", jar, jvm, environment, List.of())) {
            Duration up = node.awaitHealthy(Duration.ofMinutes(5));
            // resident memory read once the start's last allocations have settled
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
            System.out.printf("[bench] %s: start to healthy: %.1f s, RSS: %d MB%n", variant, up.toMillis() / 1000.0,
                    node.residentMegabytes());
        }
    }

    /** The H2 database of an earlier run, so that the first start on H2 is one. */
    private static void deleteEmbeddedDatabase() throws IOException {
        Path data = BENCH.resolve("data");
        if (Files.isDirectory(data)) {
            try (var files = Files.walk(data)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The jar as the image holds it: java -Djarmode=tools extract, application jar plus lib/. */
    private static Path extract() throws IOException, InterruptedException {
        Path target = BENCH.resolve("extracted");
        run(List.of(java(), "-Djarmode=tools", "-jar", PlatformNode.JAR.toString(), "extract", "--force",
                "--destination", target.toString()));
        try (var files = Files.list(target)) {
            return files.filter(file -> file.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    /** Spring Boot's training run: the context starts (on a throw-away H2 database) and exits. */
    private static Path train(Path extracted) throws IOException, InterruptedException {
        Path cache = BENCH.resolve("perfeval.aot");
        Files.deleteIfExists(cache);
        run(List.of(java(), "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar",
                extracted.toString(), "--spring.datasource.url=jdbc:h2:mem:training", "--perfeval.demo.enabled=false"));
        return cache;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(BENCH);
        Process process = new ProcessBuilder(command).directory(BENCH.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(BENCH.resolve("prepare.log").toFile())).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new UncheckedIOException(new IOException(command + " failed; see " + BENCH.resolve("prepare.log")));
        }
    }

    private static String java() {
        return System.getProperty("perfeval.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
