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
import org.perfeval.scoring.document.xlsx.WorkbookWriter;

/** The packaged scorer reads .xlsx on its own: POI is in the jar, and nothing but the score is printed. */
class ScoringJarWorkbookIT {

    @Test
    void theJarScoresAWorkbookAsTheSameFormInJson(@TempDir Path dir) throws IOException, InterruptedException {
        Path jar = Path.of("target", "perfeval-scoring.jar").toAbsolutePath();
        Path json = Files.writeString(dir.resolve("seed.json"), Samples.jinshui2021Json());
        Path xlsx = Files.write(dir.resolve("seed.xlsx"), new WorkbookWriter().write(Samples.jinshui2021()));

        String fromJson = score(jar, dir, json);
        String fromWorkbook = score(jar, dir, xlsx);

        assertThat(fromWorkbook).isEqualTo(fromJson).contains("97.20", "优").doesNotContain("Log4j");
    }

    private static String score(Path jar, Path dir, Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "score", "--format", "text",
                file.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        return output.replace(file.toString(), "FILE");
    }
}
