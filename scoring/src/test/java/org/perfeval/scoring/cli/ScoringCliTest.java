package org.perfeval.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.scoring.document.Samples;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line scorer's output and exit status. */
class ScoringCliTest {

    @TempDir
    Path dir;
    private Path seed;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeSeed() throws IOException {
        seed = dir.resolve("jinshui-2021.json");
        Files.writeString(seed, Samples.jinshui2021Json());
    }

    private int run(String... args) {
        return new ScoringCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** The seed with 提高业务工作水平 moved from 产出 to 效益, so that its block weights add up. */
    private static String withoutErrors() {
        return Samples.jinshui2021Json().replace("\"产出指标\", \"level2\": \"履职目标实现\", \"level3\": \"提高业务工作水平\"",
                "\"效益指标\", \"level2\": \"履职目标实现\", \"level3\": \"提高业务工作水平\"");
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSeedPrints97Point20WithItsErrorsAndExitsWithOne() {
        int status = run("score", seed.toString());

        assertThat(status).isEqualTo(1);
        JsonNode result = json();
        assertThat(result.get("total").decimalValue()).isEqualByComparingTo("97.20");
        assertThat(result.get("grade").stringValue()).isEqualTo("优");
        assertThat(result.get("scheme").get("id").stringValue()).isEqualTo("henan-department-overall");
        assertThat(result.get("budget").get("rate").decimalValue()).isEqualByComparingTo("74.21");
        assertThat(result.get("budget").get("score").decimalValue()).isEqualByComparingTo("7.42");
        assertThat(result.get("level1").get(2).get("weightSum").decimalValue()).isEqualByComparingTo("46");
        JsonNode row5 = result.get("indicators").get(5);
        assertThat(row5.get("score").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(row5.get("selfScore").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(row5.get("rule").stringValue()).isEqualTo("HIGHER_IS_BETTER_MET");
        assertThat(row5.get("explanation").get("zh").stringValue()).isNotBlank();
        assertThat(result.get("indicators").get(7).get("score").decimalValue()).isEqualByComparingTo("0.78");
        assertThat(result.get("indicators").get(6).get("score").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(result.get("findings").valueStream().map(f -> f.get("pointer").stringValue()))
                .contains("/indicators/5", "/indicators/7", "/level1/2", "/level1/3", "/selfReported/total");
        assertThat(result.get("findings").valueStream().filter(f -> f.get("severity").stringValue().equals("ERROR")))
                .hasSize(2);
    }

    @Test
    void severalFilesPrintAnArrayInTheirOrder() throws IOException {
        Path clean = dir.resolve("clean.json");
        Files.writeString(clean, withoutErrors());

        int status = run("score", seed.toString(), clean.toString());

        assertThat(json().isArray()).isTrue();
        assertThat(json().size()).isEqualTo(2);
        assertThat(status).isEqualTo(1);
    }

    @Test
    void aFormWithoutErrorsExitsWithZero() throws IOException {
        Path clean = dir.resolve("clean.json");
        Files.writeString(clean, withoutErrors());

        assertThat(run("score", clean.toString())).isEqualTo(0);
        assertThat(json().get("errors").intValue()).isZero();
    }

    @Test
    void anUnreadableOrMalformedFileExitsWithTwoAndSaysWhy() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": ");

        assertThat(run("score", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.json: cannot be read");
        assertThat(run("score", broken.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.json: /: is not well-formed JSON");
    }

    @Test
    void textFormatPrintsATable() {
        int status = run("score", "--format", "text", seed.toString());

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(text).contains("计算得分 97.20 优", "自评 95.92", "结转结余率", "LEVEL1_WEIGHT_SUM_MISMATCH");
    }

    @Test
    void theSchemeOptionOverridesTheDocumentsScheme() {
        run("score", "--scheme", "hubei-department", seed.toString());

        assertThat(json().get("scheme").get("id").stringValue()).isEqualTo("hubei-department");
        assertThat(json().get("budget").get("weight").decimalValue()).isEqualByComparingTo("20");
    }

    @Test
    void anUnknownSchemeOrOptionIsAUsageError() {
        assertThat(run("score", "--scheme", "nowhere", seed.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown scheme 'nowhere'", "usage:");
        assertThat(run("score", "--colour", seed.toString())).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }
}
