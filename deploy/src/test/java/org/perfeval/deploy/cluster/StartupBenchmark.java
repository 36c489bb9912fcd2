package org.perfeval.deploy.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Start to healthy and resident memory of the packaged jar, printed, not asserted (goal: under 12 s and 700 MB):
 * {@code ./mvnw -pl deploy -am -Pbench verify -DskipTests}. Each variant starts on an already migrated database
 * (a restart, as Kubernetes does it) on H2 and on MariaDB: the fat jar as {@code java -jar}, the jar extracted as
 * the image runs it, and the extracted jar with the JDK's AOT cache from a training run (what deploy/Dockerfile
 * builds).
 */
class StartupBenchmark {

    private static final Path BENCH = PlatformNode.WORK.resolve("bench");
    private static final List<String> IMAGE_JVM = List.of("-XX:MaxRAMPercentage=70", "-XX:+ExitOnOutOfMemoryError");

    @Test
    void startToHealthy() throws Exception {
        Path extracted = extract();
        Path aotCache = train(extracted);
        try (SystemDatabase database = SystemDatabase.create()) {
            Map<String, String> mysql = Map.of("SPRING_PROFILES_ACTIVE", "mysql", "PERFEVAL_DB_URL", database.url(),
                    "PERFEVAL_DB_USER", SystemDatabase.USER, "PERFEVAL_DB_PASSWORD", SystemDatabase.PASSWORD);
            Map<String, String> h2 = Map.of();
            measure("first start, migrating (MariaDB)", PlatformNode.JAR, List.of(), mysql);
            measure("first start, migrating (H2)", PlatformNode.JAR, List.of(), h2);
            for (Map.Entry<String, Map<String, String>> db : Map.of("MariaDB", mysql, "H2", h2).entrySet()) {
                measure("java -jar, default JVM (" + db.getKey() + ")", PlatformNode.JAR, List.of(), db.getValue());
                measure("extracted, image JVM options (" + db.getKey() + ")", extracted, IMAGE_JVM, db.getValue());
                List<String> withCache = new ArrayList<>(IMAGE_JVM);
                withCache.add("-XX:AOTCache=" + aotCache);
                measure("extracted + AOT cache, image JVM options (" + db.getKey() + ")", extracted, withCache,
                        db.getValue());
            }
        }
    }

    private static void measure(String variant, Path jar, List<String> jvm, Map<String, String> environment) {
        try (PlatformNode node = PlatformNode.start("bench", jar, jvm, environment, List.of())) {
            Duration up = node.awaitHealthy(Duration.ofMinutes(5));
            PlatformNode.sleep(Duration.ofSeconds(2));
            System.out.printf("[bench] %s: start to healthy: %.1f s, RSS: %d MB%n", variant, up.toMillis() / 1000.0,
                    node.residentMegabytes());
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
