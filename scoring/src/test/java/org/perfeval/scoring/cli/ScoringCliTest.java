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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.scoring.document.json.Samples;

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

    /** What was said on err since the last call, which it empties. */
    private String err() {
        String said = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return said;
    }

    private String out() {
        String said = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return said;
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"henan-department-overall, DEPARTMENT_OVERALL", "hubei-department, DEPARTMENT_OVERALL",
            "national-project, PROJECT", "hubei-project, PROJECT"})
    void scoresWithTheSchemeTheFormNames(String scheme, String kind) throws IOException {
        Path form = dir.resolve(scheme + ".json");
        Files.writeString(form, Samples.jinshui2021Json()
                .replace("\"scheme\": \"henan-department-overall\"", "\"scheme\": \"" + scheme + "\"")
                .replace("\"kind\": \"DEPARTMENT_OVERALL\"", "\"kind\": \"" + kind + "\", \"project\": \"政府政务经费\""));

        run("score", form.toString());

        assertThat(err()).isEmpty();
        assertThat(json().get("scheme").get("id").stringValue()).isEqualTo(scheme);
    }

    @Test
    void aRowTheRulesCannotDecideMakesTheTotalProvisional() throws IOException {
        Path form = dir.resolve("garbled.json");
        Files.writeString(form, Samples.jinshui2021Json().replace("\"target\": \"≥150\"",
                "\"target\": \"(OCR-garbled)\""));

        run("score", form.toString());
        JsonNode result = json();
        out.reset();
        run("score", "--format", "text", form.toString());

        assertThat(result.get("provisional").booleanValue()).isTrue();
        assertThat(result.get("unverified").intValue()).isEqualTo(1);
        assertThat(result.get("total").decimalValue()).isEqualByComparingTo("97.20");
        assertThat(out()).contains("待认定：1 行未经认定，由财政审核认定");
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
        assertThat(err()).contains("missing.json: 无法读取：");
        assertThat(run("score", broken.toString())).isEqualTo(2);
        assertThat(err()).contains("broken.json: 文档格式有误，无法解析：第 1 行第 12 列附近\n");
        assertThat(run("score", "--lang", "en", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err()).contains("missing.json: cannot be read: ");
        assertThat(run("score", "--lang", "en", broken.toString())).isEqualTo(2);
        assertThat(err()).contains("broken.json: document: is not well-formed JSON near line 1, column 12: Unexpected")
                .doesNotContain("[/");
    }

    @Test
    void aRefusedFieldIsNamedByItsPlaceAndInEnglishAlsoByItsPointer() throws IOException {
        Path refused = dir.resolve("refused.json");
        Files.writeString(refused, Samples.jinshui2021Json().replace("\"weight\": 6, \"selfScore\": 6}",
                "\"weight\": -6, \"selfScore\": 6}").replace("\"executed\": 173.65,", "\"executed\": \"x\","));

        assertThat(run("score", refused.toString())).isEqualTo(2);
        assertThat(err()).contains("refused.json: 第 20 行“分值”不能为负数\n", "refused.json: 预算情况·预算执行数应为数字\n")
                .doesNotContain("/indicators", "/budget");
        assertThat(run("score", "--lang", "en", refused.toString())).isEqualTo(2);
        assertThat(err()).contains("refused.json: row 20, weight: must not be negative [/indicators/19/weight]\n",
                "refused.json: budget, executed amount: must be a number [/budget/executed]\n");
    }

    @Test
    void textFormatPrintsATableInChineseWithoutCodesOrPointers() {
        int status = run("score", "--format", "text", seed.toString());

        String text = out.toString(StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf('\n'));
        assertThat(status).isEqualTo(1);
        assertThat(text).contains("（河南省部门整体绩效自评，第 1 版）", "计算得分 97.20 优    自评 95.92 优",
                "预算执行率 74.21%  得分 7.42 / 10", "定性指标，达成预期指标（0.80–1.00 分）：得 1.00",
                "发现 11 项，其中错误 2",
                "错误    一级指标“产出指标”下三级指标分值合计 46.00，与其分值 40 不符，不能按此提交",
                "警告    第 8 行 结转结余率：自评 0 分，按规则应得 0.78 分");
        assertThat(body).doesNotContainPattern("[A-Z_]{4,}").doesNotContainPattern("/[a-zA-Z]");
    }

    @Test
    void textFormatInEnglishPrintsTheSameTableInEnglish() {
        run("score", "--format", "text", "--lang", "en", seed.toString());

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("(Henan department overall self-evaluation, "
                + "version 1)", "computed 97.20 Excellent    self-reported 95.92 Excellent",
                "qualitative, tier achieved (0.80–1.00): 1.00", "findings 11, errors 2",
                "Error   the rows under level-1 indicator 产出指标 weigh 46.00 in all against its weight 40",
                "Warning row 8 (结转结余率): self score 0, the rules give 0.78");
    }

    @Test
    void theJsonCarriesEveryMessageInBothLanguages() {
        run("score", seed.toString());

        JsonNode row8 = json().get("findings").valueStream()
                .filter(f -> f.get("pointer").stringValue().equals("/indicators/7")).findFirst().orElseThrow();
        assertThat(row8.get("code").stringValue()).isEqualTo("SELF_SCORE_DIFFERS");
        assertThat(row8.get("severity").stringValue()).isEqualTo("WARNING");
        assertThat(row8.get("message").get("zh").stringValue()).startsWith("第 8 行 结转结余率：自评 0 分");
        assertThat(row8.get("message").get("en").stringValue()).startsWith("row 8 (结转结余率): self score 0");
        assertThat(json().get("indicators").get(7).get("explanation").get("en").stringValue())
                .isEqualTo("actual 25.79 exceeds the limit 20: 1 × 20 / 25.79 = 0.78");
    }

    @Test
    void theSchemeOptionOverridesTheDocumentsScheme() {
        run("score", "--scheme", "hubei-department", seed.toString());

        assertThat(json().get("scheme").get("id").stringValue()).isEqualTo("hubei-department");
        assertThat(json().get("budget").get("weight").decimalValue()).isEqualByComparingTo("20");
    }

    @Test
    void aWrongCommandIsAUsageErrorInTheLanguageAskedFor() {
        assertThat(run("score", "--scheme", "nowhere", seed.toString())).isEqualTo(2);
        assertThat(err()).contains("未知的评分方案“nowhere”；可用的有：henan-department-overall, ", "用法：java -jar");
        assertThat(run("score", "--scheme", "nowhere", "--lang", "en", seed.toString())).isEqualTo(2);
        assertThat(err()).contains("unknown scheme \"nowhere\"; known: henan-department-overall, ", "usage: java -jar");
        assertThat(run("score", "--colour", seed.toString())).isEqualTo(2);
        assertThat(err()).contains("未知的选项 --colour");
        assertThat(run("score", "--lang", "en", "--format", "pdf", seed.toString())).isEqualTo(2);
        assertThat(err()).contains("--format takes json or text");
        assertThat(run("score", "--lang", "fr", seed.toString())).isEqualTo(2);
        assertThat(err()).contains("--lang 只能是 zh 或 en");
        assertThat(run("score")).isEqualTo(2);
        assertThat(err()).contains("没有要评分的文件");
        assertThat(run()).isEqualTo(2);
        assertThat(err()).endsWith("schemes [--lang zh|en]\n");
    }

    @Test
    void theSchemesAreListedInTheLanguageAskedFor() {
        assertThat(run("schemes")).isZero();
        assertThat(out()).contains("henan-department-overall\tv1\t部门整体\t河南省部门整体绩效自评\n");
        assertThat(run("schemes", "--lang", "en")).isZero();
        assertThat(out()).contains("henan-department-overall\tv1\tDepartment overall\tHenan department overall "
                + "self-evaluation\n");
        assertThat(run("schemes", "--lang", "de")).isEqualTo(2);
    }
}
