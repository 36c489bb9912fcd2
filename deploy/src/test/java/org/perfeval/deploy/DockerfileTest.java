package org.perfeval.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The image as Docker would build it: the jar the production build makes, split into Spring Boot's layers so a
 * release ships only what changed, started from the JDK's AOT cache of a training run, as a user that is not root.
 */
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of("Dockerfile");

    @Test
    void theImageIsBuiltFromTheJarTheProductionBuildMakes() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher version = Pattern.compile("<artifactId>perfeval</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).isTrue();
        assertThat(instructions("COPY")).anyMatch(copy ->
                copy.startsWith("web-ui/target/web-ui-" + version.group(1) + "-production.jar "));
        assertThat(instructions("FROM")).allMatch(from -> from.startsWith("eclipse-temurin:25-jre"));
    }

    @Test
    void theFinalStageCopiesSpringBootsFourLayersInTheOrderTheyChange() {
        List<String> copies = finalStage().stream().filter(line -> line.startsWith("COPY --from=extract")).toList();
        assertThat(copies).extracting(copy -> copy.split("\\s+")[2])
                .containsExactly("/build/extracted/dependencies/", "/build/extracted/spring-boot-loader/",
                        "/build/extracted/snapshot-dependencies/", "/build/extracted/application/");
        assertThat(instructions("RUN")).anyMatch(run -> run.contains("-Djarmode=tools") && run.contains("--layers"));
        assertThat(finalStage()).contains(
                "ENTRYPOINT [\"java\", \"-XX:AOTCache=perfeval.aot\", \"-jar\", \"perfeval.jar\"]");
    }

    @Test
    void theImageStartsFromAnAotCacheThatATrainingRunOfTheSameJarRecorded() {
        List<String> training = finalStage().stream().filter(line -> line.startsWith("RUN java")).toList();
        assertThat(training).singleElement().satisfies(run -> assertThat(run)
                .contains("-XX:AOTCacheOutput=perfeval.aot", "-Dspring.context.exit=onRefresh", "-jar perfeval.jar",
                        "jdbc:h2:mem:"));
        assertThat(finalStage().indexOf(training.getFirst()))
                .as("trained after the last layer is in place, before the switch to the non-root user")
                .isGreaterThan(finalStage().indexOf("COPY --from=extract /build/extracted/application/ ./"))
                .isLessThan(finalStage().indexOf("USER 10001:10001"));
    }

    @Test
    void theContainerRunsAsANumericNonRootUser() {
        String user = imageUser();
        assertThat(Integer.parseInt(user)).isPositive();
        assertThat(finalStage()).anyMatch(line -> line.startsWith("RUN groupadd") && line.contains("--uid " + user));
    }

    /** The numeric user the final stage switches to: Kubernetes' {@code runAsNonRoot} can only check a number. */
    static String imageUser() {
        List<String> users = finalStage().stream().filter(line -> line.startsWith("USER ")).toList();
        assertThat(users).hasSize(1);
        String user = users.getFirst().substring(5).split(":")[0];
        assertThat(user).matches("\\d+");
        return user;
    }

    private static List<String> instructions(String keyword) {
        return lines().stream().filter(line -> line.startsWith(keyword + " "))
                .map(line -> line.substring(keyword.length() + 1)).toList();
    }

    private static List<String> finalStage() {
        List<String> lines = lines();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) {
                last = i;
            }
        }
        return lines.subList(last, lines.size());
    }

    /** Instructions with their continuation lines joined and comments left out. */
    private static List<String> lines() {
        try {
            String joined = Files.readString(DOCKERFILE).replaceAll("\\\\\\n\\s*", "");
            return Arrays.stream(joined.split("\n")).map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
