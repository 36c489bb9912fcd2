package org.perfeval.scoring.document.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.scoring.text.Rendered;

/** Bad documents are refused with messages that name the field by its place on the form, and by JSON pointer. */
class DocumentReaderTest {

    private static final String SEED = Samples.jinshui2021Json();

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            "weight": 6, "selfScore": 6}        | "weight": -6, "selfScore": 6}          | /indicators/19/weight   | must not be negative | 第 20 行“分值”不能为负数
            "executed": 173.65,                  | "executed": -1,                        | /budget/executed        | must not be negative | 预算情况·预算执行数不能为负数
            "year": 2021                         | "year": "2021"                         | /year                   | must be a whole number | 年度应为整数
            "year": 2021                         | "year": 20.5                           | /year                   | must be a whole number | 年度应为整数
            "year": 2021                         | "year": 1800                           | /year                   | must be between | 年度应在 2000 至 2100 之间
            "kind": "DEPARTMENT_OVERALL"         | "kind": "COUNTY"                       | /kind                   | must be one of DEPARTMENT_OVERALL (Department overall), PROJECT (Project) | 评价类型应为以下之一：部门整体、项目支出
            "amountUnit": "万元"                 | "amountUnit": "美元"                   | /amountUnit             | must be one of 万元, 元 | 金额单位应为以下之一：万元、元
            "format": "perfeval/self-evaluation@1" | "format": "other@2"                  | /format                 | must be "perfeval/self-evaluation@1" | 格式标识应为“perfeval/self-evaluation@1”
            "department": "郑州市金水区人民政府办公室", | "department": "  ",                  | /department             | must not be blank | 部门名称不能为空
            "department": "郑州市金水区人民政府办公室", |                                      | /department             | is required | 部门名称为必填项
            "target": "≥150"                     | "target": 150                          | /indicators/19/target   | must be a string | 第 20 行“指标值”应为文本
            "grade": "优"                        | "grade": "A"                           | /selfReported/grade     | must be one of 优 (Excellent), 良 (Good), 中 (Fair), 差 (Poor) | 自评结果·等级应为以下之一：优、良、中、差
            "tasks": [                           | "tasks": {}, "x": [                    | /tasks                  | must be an array | 年度主要任务应为数组
            "weight": 1, "selfScore": 1},        | "weight": 1, "selfScore": 1, "tier": "GOOD"}, | /indicators/0/tier | must be one of ACHIEVED (achieved), PARTIAL (partly achieved), NOT_ACHIEVED (not achieved) | 第 1 行“档次”应为以下之一：达成预期指标、部分达成预期指标并具有一定效果、未达成预期指标且效果较差
            "budget": {                          | "budget": 5, "b": {                    | /budget                 | must be an object | 预算情况应为对象
            "budgetScore": 7.42,                 | "budgetScore": "7.42",                 | /selfReported/budgetScore | must be a number | 自评结果·预算执行率得分应为数字
            """)
    void eachBadFieldIsNamedByItsPlace(String original, String replacement, String pointer, String problem,
                                       String chinese) {
        String json = SEED.replaceFirst(Pattern.quote(original),
                Matcher.quoteReplacement(replacement == null ? "" : replacement));
        assertThat(json).isNotEqualTo(SEED);

        ReadResult result = new DocumentReader().read(json);

        assertThat(result.isValid()).isFalse();
        assertThat(result.document()).isNull();
        assertThat(result.violations()).anySatisfy(v -> {
            assertThat(v.pointer()).isEqualTo(pointer);
            assertThat(Rendered.en(v.problem())).startsWith(problem);
            assertThat(Rendered.en(v.text())).isEqualTo(Rendered.en(v.place()) + ": " + Rendered.en(v.problem()));
            assertThat(Rendered.zh(v.text())).isEqualTo(chinese);
        });
    }

    @Test
    void rowsTasksAndBudgetLinesAreNamedAsOnTheForm() {
        assertThat(Rendered.zh(DocumentPlaces.of("/indicators/7/weight"))).isEqualTo("第 8 行“分值”");
        assertThat(Rendered.en(DocumentPlaces.of("/indicators/7/weight"))).isEqualTo("row 8, weight");
        assertThat(Rendered.zh(DocumentPlaces.of("/budget/adjusted"))).isEqualTo("预算情况·调整预算数");
        assertThat(Rendered.en(DocumentPlaces.of("/budget/adjusted"))).isEqualTo("budget, adjusted budget");
        assertThat(Rendered.zh(DocumentPlaces.of("/tasks/1/budget"))).isEqualTo("年度主要任务第 2 项·预算数");
        assertThat(Rendered.en(DocumentPlaces.of("/tasks/1/budget"))).isEqualTo("main tasks, no. 2, budget");
        assertThat(Rendered.zh(DocumentPlaces.of("/budget/fiscal/initial"))).isEqualTo("预算情况·财政性资金·年初预算数");
        assertThat(Rendered.zh(DocumentPlaces.of("/level1/2/weight"))).isEqualTo("一级指标第 3 项·分值");
        assertThat(Rendered.zh(DocumentPlaces.of("/selfReported/level1Scores/产出~1效益")))
                .isEqualTo("自评结果中“产出/效益”小计");
        assertThat(Rendered.zh(DocumentPlaces.of("/report/basicInformation"))).isEqualTo("绩效自评报告·一、基本情况");
        assertThat(Rendered.zh(DocumentPlaces.of("/indicators/3"))).isEqualTo("第 4 行");
    }

    @Test
    void aPointerBelowWhatIsNamedIsPlacedAtItsNearestNamedField() {
        assertThat(Rendered.zh(DocumentPlaces.of("/indicators/3/unknown"))).isEqualTo("第 4 行");
        assertThat(Rendered.zh(DocumentPlaces.of("/budget/fiscal/x/y"))).isEqualTo("预算情况·财政性资金");
        assertThat(Rendered.zh(DocumentPlaces.of("/nothing"))).isEqualTo("文档");
        assertThat(Rendered.zh(DocumentPlaces.of(""))).isEqualTo("文档");
        assertThat(Rendered.zh(Violation.inDocument("/tasks/0/name", Violation.Problem.BLANK.text()).text()))
                .isEqualTo("年度主要任务第 1 项·任务名称不能为空");
    }

    @ParameterizedTest(name = "malformed: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            '{"format": '        | 1 | 12
            [1, 2                | 1 | 6
            not json at all      | 1 | 1
            '{"a": 1, "a": 2}'   | 1 | 13
            '{"a": 1} trailing'  | 1 | 10
            """)
    void malformedJsonIsRefusedAsAWholeWithWhereTheParserStopped(String json, int line, int column) {
        ReadResult result = new DocumentReader().read(json);

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEmpty();
            assertThat(v.problem().key()).isEqualTo(Violation.Problem.MALFORMED.key());
            assertThat(Rendered.zh(v.text())).isEqualTo("文档格式有误，无法解析：第 " + line + " 行第 " + column + " 列附近");
            assertThat(Rendered.en(v.text())).startsWith("document: is not well-formed JSON near line " + line
                    + ", column " + column + ": ");
        });
    }

    @Test
    void aDuplicateKeyInTheSeedIsPlacedOnItsLine() {
        String json = SEED.replaceFirst("\"year\": 2021", "\"year\": 2021, \"year\": 2022");
        int line = (int) SEED.substring(0, SEED.indexOf("\"year\": 2021")).lines().count();

        Violation violation = new DocumentReader().read(json).violations().getFirst();

        assertThat(Rendered.zh(violation.text())).startsWith("文档格式有误，无法解析：第 " + line + " 行");
        assertThat(Rendered.en(violation.text())).contains("Duplicate", "\"year\"");
    }

    @Test
    void nothingAtAllOrTooDeepANestingIsRefusedInWords() {
        assertThat(Rendered.zh(new DocumentReader().read("  ").violations().getFirst().text())).isEqualTo("文档为空");
        assertThat(Rendered.en(new DocumentReader().read("").violations().getFirst().text()))
                .isEqualTo("document: is empty");
        Violation deep = new DocumentReader().read("[".repeat(2000)).violations().getFirst();
        assertThat(Rendered.zh(deep.text())).isEqualTo("文档超出可读取的限度（嵌套层数、数字或文本的长度）");
        assertThat(Rendered.en(deep.text())).startsWith("document: exceeds what can be read").contains("nesting");
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({"indicators", "budget", "tasks", "year", "kind"})
    void missingRequiredFieldsAreNamed(String field) {
        String json = SEED.replace("\"" + field + "\":", "\"renamed_" + field + "\":");

        ReadResult result = new DocumentReader().read(json);

        assertThat(result.violations()).extracting(Violation::pointer).contains("/" + field);
    }

    @Test
    void aProjectFormNeedsAProjectName() {
        ReadResult result = new DocumentReader().read(SEED.replace("\"DEPARTMENT_OVERALL\"", "\"PROJECT\""));

        assertThat(result.violations()).extracting(Violation::pointer).containsExactly("/project");
    }

    @Test
    void unknownFieldsAreIgnored() {
        ReadResult result = new DocumentReader().read(SEED.replace("\"year\":", "\"comment\": \"x\", \"year\":"));

        assertThat(result.isValid()).isTrue();
    }
}
