package org.perfeval.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.scoring.document.json.Samples;

/** The packaged scorer runs with java -jar and nothing else on the class path. */
class ScoringJarIT {

    @Test
    void theJarScoresTheSeedOnItsOwn(@TempDir Path dir) throws IOException, InterruptedException {
        Path jar = Path.of("target", "perfeval-scoring.jar").toAbsolutePath();
        assertThat(jar).exists();
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, Samples.jinshui2021Json());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "score", "--format", "text",
                seed.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("97.20", "优", "95.92");
    }
}
