package org.perfeval.scoring.document.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.Violation.Problem;
import org.perfeval.scoring.text.Rendered;
import org.perfeval.scoring.text.Text;

/**
 * Every refusal the reader can give reads as people speak of the form: in Chinese without codes, JSON pointers or
 * English words, in English without Chinese beyond what the form itself says; each placed as the form names the
 * field. The broken documents below provoke every kind of problem, in every part of the document.
 */
class ViolationTextsTest {

    private static final String SEED = Samples.jinshui2021Json();
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z_]{4,}");
    private static final Pattern POINTER_LIKE = Pattern.compile("/[a-zA-Z0-9]");
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”·]");
    /** Broken documents by what is wrong with them. */
    private static final Map<String, String> BROKEN = broken();
    /** The broken documents' violations, each with the text it was read from. */
    private static final List<Read> READ = read();

    private record Read(String json, Violation violation) {
    }

    /** {@code replacement} for the first {@code original} in the seed, which must be there. */
    private static String seedWith(String original, String replacement) {
        assertThat(SEED).contains(original);
        return SEED.replaceFirst(Pattern.quote(original), Matcher.quoteReplacement(replacement));
    }

    private static Map<String, String> broken() {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("empty", "");
        broken.put("malformed", "{\"format\": ");
        broken.put("trailing text", SEED + " and more");
        broken.put("duplicate key", seedWith("\"year\": 2021", "\"year\": 2021, \"year\": 2022"));
        broken.put("nested too deep", "[".repeat(1000));
        broken.put("an array for a document", "[]");
        broken.put("wrong format", seedWith("\"perfeval/self-evaluation@1\"", "\"other@2\""));
        broken.put("unknown kind", seedWith("\"DEPARTMENT_OVERALL\"", "\"COUNTY\""));
        broken.put("unknown unit", seedWith("\"万元\"", "\"美元\""));
        broken.put("year out of range", seedWith("\"year\": 2021", "\"year\": 1800"));
        broken.put("year as text", seedWith("\"year\": 2021", "\"year\": \"2021\""));
        broken.put("missing department", seedWith("\"department\":", "\"departmentName\":"));
        broken.put("blank department", seedWith("\"department\": \"郑州市金水区人民政府办公室\"", "\"department\": \" \""));
        broken.put("scheme and project as numbers", seedWith("\"scheme\": \"henan-department-overall\"",
                "\"scheme\": 1, \"project\": 2"));
        broken.put("annual goal as text", seedWith("\"annualGoal\": {", "\"annualGoal\": \"x\", \"g\": {"));
        broken.put("annual goal's parts as numbers", seedWith("\"annualGoal\": {", "\"annualGoal\": {\"text\": 1, "
                + "\"completion\": 2}, \"g\": {"));
        broken.put("tasks as an object", seedWith("\"tasks\": [", "\"tasks\": {}, \"t\": ["));
        broken.put("a task's every field wrong", seedWith("\"tasks\": [", "\"tasks\": [{\"name\": 1, \"content\": 2, "
                + "\"budget\": -1, \"fiscalBudget\": \"x\", \"executed\": \"y\", \"fiscalExecuted\": -2, "
                + "\"completion\": 3}, 4, "));
        broken.put("budget as a number", seedWith("\"budget\": {", "\"budget\": 5, \"b\": {"));
        broken.put("negative amounts", seedWith("\"budget\": {", "\"budget\": {\"initial\": -1, \"adjusted\": -2, "
                + "\"executed\": -3, \"fiscal\": {\"initial\": -4, \"executed\": \"x\"}, \"other\": 7, "
                + "\"basic\": {\"adjusted\": -5}, \"project\": {\"initial\": 1, \"executed\": 1}}, \"b\": {"));
        broken.put("level-1 weights wrong", seedWith("\"level1\": [", "\"level1\": [{\"name\": \"\", \"weight\": -1}, "
                + "{\"weight\": \"x\"}, 3, "));
        broken.put("indicators as an object", seedWith("\"indicators\": [", "\"indicators\": {}, \"i\": ["));
        broken.put("a row's every field wrong", seedWith("\"indicators\": [", "\"indicators\": [{\"level1\": 1, "
                + "\"level2\": \" \", \"target\": 3, \"unit\": 4, \"actual\": 5, \"weight\": -6, \"selfScore\": \"x\", "
                + "\"tier\": \"GOOD\", \"deviationReason\": 7, \"notApplicable\": \"yes\"}, 8, "));
        broken.put("self-reported wrong", seedWith("\"selfReported\": {", "\"selfReported\": {\"budgetScore\": "
                + "\"7\", \"level1Scores\": {\"产出/效益\": -1, \"决策\": \"x\"}, \"total\": -2, \"grade\": \"A\"}, "
                + "\"s\": {"));
        broken.put("self-reported as an array", seedWith("\"selfReported\": {", "\"selfReported\": [], \"s\": {"));
        broken.put("level-1 subtotals as an array", seedWith("\"selfReported\": {", "\"selfReported\": "
                + "{\"level1Scores\": []}, \"s\": {"));
        broken.put("report wrong", seedWith("\"selfReported\": {", "\"report\": {\"basicInformation\": 1, "
                + "\"otherMatters\": []}, \"selfReported\": {"));
        broken.put("report as text", seedWith("\"selfReported\": {", "\"report\": \"x\", \"selfReported\": {"));
        broken.put("too many tasks", seedWith("\"tasks\": [", "\"tasks\": [" + "1, ".repeat(1000)));
        broken.put("an unpaired surrogate", seedWith("\"department\": \"", "\"department\": \"\\ud800"));
        return broken;
    }

    private static List<Read> read() {
        List<Read> read = new ArrayList<>();
        BROKEN.forEach((what, json) -> {
            ReadResult result = new DocumentReader().read(json);
            assertThat(result.isValid()).as(what).isFalse();
            result.violations().forEach(v -> read.add(new Read(json, v)));
        });
        return read;
    }

    /** {@code text} without the strings among the violation's values that the broken document or the format says. */
    private static String withoutContent(String text, Read read) {
        List<String> content = new ArrayList<>(Rendered.strings(read.violation().text()));
        content.removeIf(written -> !read.json().contains(written) && !written.equals(SelfEvaluationDocument.FORMAT));
        content.sort(Comparator.comparingInt(String::length).reversed());
        for (String written : content) {
            text = text.replace(written, "");
        }
        return text;
    }

    /** {@code text} without every string among the violation's values: the form's content and Jackson's words. */
    private static String withoutStrings(String text, Violation violation) {
        List<String> strings = new ArrayList<>(Rendered.strings(violation.text()));
        strings.sort(Comparator.comparingInt(String::length).reversed());
        for (String written : strings) {
            text = text.replace(written, "");
        }
        return text;
    }

    @Test
    void theBrokenDocumentsProvokeEveryProblem() {
        Set<Problem> provoked = EnumSet.noneOf(Problem.class);
        for (Read read : READ) {
            for (Problem problem : Problem.values()) {
                if (problem.key().equals(read.violation().problem().key())) {
                    provoked.add(problem);
                }
            }
        }

        assertThat(provoked).containsExactlyInAnyOrder(Problem.values());
    }

    @Test
    void noViolationInChineseShowsACodeAPointerOrAnEnglishWord() {
        for (Read read : READ) {
            Violation v = read.violation();
            String chinese = Rendered.zh(v.text());
            String words = withoutContent(chinese, read);
            assertThat(chinese).as(v.toString()).doesNotContainPattern(CODE_LIKE).doesNotContain("{");
            assertThat(words).as(v + " → " + chinese).doesNotContainPattern(POINTER_LIKE)
                    .doesNotContainPattern(ASCII_WORD).contains(withoutContent(Rendered.zh(v.place()), read));
            assertThat(withoutContent(Rendered.zh(v.place()), read)).as(v.toString()).isNotBlank()
                    .doesNotContainPattern(ASCII_WORD).doesNotContain("/");
        }
    }

    @Test
    void noViolationInEnglishShowsChineseBeyondWhatTheFormSays() {
        for (Read read : READ) {
            Violation v = read.violation();
            String english = withoutStrings(Rendered.en(v.text()), v);
            assertThat(english).as(v + " → " + Rendered.en(v.text())).doesNotContainPattern(CHINESE)
                    .doesNotContain("{").doesNotContainPattern(POINTER_LIKE).isNotBlank();
        }
    }

    @Test
    void everyViolationIsPlacedAndItsTextBeginsWithItsPlace() {
        for (Read read : READ) {
            Violation v = read.violation();
            assertThat(Rendered.zh(v.text())).as(v.toString()).startsWith(Rendered.zh(v.place()));
            assertThat(Rendered.en(v.text())).as(v.toString()).startsWith(Rendered.en(v.place()) + ": ");
        }
    }

    @Test
    void aRowsFieldsTasksAndSubtotalsAreNamedAsOnTheForm() {
        Map<String, String> chinese = new LinkedHashMap<>();
        for (Read read : READ) {
            chinese.put(read.violation().pointer(), Rendered.zh(read.violation().text()));
        }

        assertThat(chinese).containsEntry("/indicators/0/notApplicable", "第 1 行“不适用”应为是或否（布尔值）")
                .containsEntry("/indicators/0/selfScore", "第 1 行“自评得分”应为数字")
                .containsEntry("/indicators/1", "第 2 行应为对象")
                .containsEntry("/tasks/0/budget", "年度主要任务第 1 项·预算数不能为负数")
                .containsEntry("/tasks/1", "年度主要任务第 2 项应为对象")
                .containsEntry("/budget/fiscal/executed", "预算情况·财政性资金·预算执行数应为数字")
                .containsEntry("/budget/basic/initial", "预算情况·基本支出·年初预算数为必填项")
                .containsEntry("/level1/0/name", "一级指标第 1 项·名称不能为空")
                .containsEntry("/selfReported/level1Scores/产出~1效益", "自评结果中“产出/效益”小计不能为负数")
                .containsEntry("/report/basicInformation", "绩效自评报告·一、基本情况应为文本")
                .containsEntry("/annualGoal/completion", "年度履职目标·完成情况应为文本");
    }

    @Test
    void aPlaceIsAText() {
        Text place = new DocumentReader().read(BROKEN.get("year out of range")).violations().getFirst().place();

        assertThat(place).isEqualTo(Text.of("place.field.year"));
        assertThat(Rendered.en(place)).isEqualTo("year");
    }
}
