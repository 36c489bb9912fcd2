package org.perfeval.scoring.document.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.DocumentWriter;
import org.perfeval.scoring.document.json.ReadResult;
import org.perfeval.scoring.document.json.Samples;
import org.perfeval.scoring.engine.Scorer;
import org.perfeval.scoring.result.ScoreResultJson;
import org.perfeval.scoring.text.Texts;

/**
 * A 自评表 filled in Excel reads into the same document as its JSON and scores the same, wherever the form starts and
 * however its cells are typed; a refused workbook names the sheet and cell and what was expected there.
 */
class WorkbookReaderTest {

    private static final Texts TEXTS = Texts.scoring();
    private final WorkbookReader reader = new WorkbookReader();
    private final DocumentWriter json = new DocumentWriter();
    private final Scorer scorer = Scorer.withBuiltInSchemes();

    @Test
    void theSeedFilledInTheHenanLayoutReadsAsItsJsonAndScoresTheSame() {
        SelfEvaluationDocument seed = Samples.jinshui2021();

        ReadResult read = reader.read(FormWorkbooks.henan(seed));

        assertThat(read.violations()).isEmpty();
        // a workbook a department fills names no scheme: the default for its kind applies
        assertThat(json.writeCanonical(read.document())).isEqualTo(json.writeCanonical(withoutScheme(seed)));
        assertThat(ScoreResultJson.write(scorer.score(read.document()), false))
                .isEqualTo(ScoreResultJson.write(scorer.score(seed), false));
    }

    @Test
    void aProjectFilledInTheNationalLayoutReadsAsItsJsonAndScoresTheSame() {
        SelfEvaluationDocument project = FormWorkbooks.nationalProject();

        ReadResult read = reader.read(FormWorkbooks.national(project, form -> { }));

        assertThat(read.violations()).isEmpty();
        assertThat(json.writeCanonical(read.document())).isEqualTo(json.writeCanonical(withoutScheme(project)));
        assertThat(ScoreResultJson.write(scorer.score(read.document()), false))
                .isEqualTo(ScoreResultJson.write(scorer.score(project), false));
    }

    @Test
    void numbersWithThousandsSeparatorsAndFullWidthDigitsAreNumbers() {
        ReadResult read = reader.read(FormWorkbooks.henan(Samples.jinshui2021(), form -> {
            form.put(7, 3, "1,234.5");
            form.put(7, 4, "１２３４．５");
        }));

        assertThat(read.document().tasks().getFirst().budget()).isEqualByComparingTo("1234.5");
        assertThat(read.document().tasks().getFirst().fiscalBudget()).isEqualByComparingTo("1234.5");
    }

    @Test
    void aProjectFormInYuanReadsItsAmountsInYuan() {
        ReadResult read = reader.read(FormWorkbooks.national(FormWorkbooks.nationalProject(),
                form -> form.put(4, 0, "项目资金（元）")));

        assertThat(read.violations()).isEmpty();
        assertThat(read.document().amountUnit()).isEqualTo(AmountUnit.YUAN);
    }

    @Test
    void aScoreThatIsNoNumberIsRefusedAtItsCellInBothLanguages() {
        // the first indicator row is the form's row 21 (after 5 tasks, the budget block and the heading)
        byte[] workbook = FormWorkbooks.henan(Samples.jinshui2021(), form -> form.put(21, 6, "一分"));

        List<String> zh = messages(reader.read(workbook), Locale.CHINESE);
        List<String> en = messages(reader.read(workbook), Locale.ENGLISH);

        assertThat(zh).containsExactly(FormWorkbooks.ref(21, 6) + "：分值应为数字");
        assertThat(en).containsExactly(FormWorkbooks.ref(21, 6) + " (weight): must be a number");
        assertThat(FormWorkbooks.ref(21, 6)).isEqualTo("附表1!I25");
    }

    @Test
    void aNegativeBudgetAnEmptyDepartmentAndAnUnknownGradeAreEachRefusedAtTheirCells() {
        byte[] workbook = FormWorkbooks.henan(Samples.jinshui2021(), form -> {
            form.put(3, 1, "—");
            form.put(4, 6, "很好");
            form.put(13, 3, "-234");
        });

        List<String> zh = messages(reader.read(workbook), Locale.CHINESE);

        assertThat(zh).contains(FormWorkbooks.ref(3, 1) + "：部门名称为必填项",
                FormWorkbooks.ref(13, 3) + "：预算情况·年初预算数不能为负数");
        assertThat(zh).anySatisfy(m -> assertThat(m).startsWith(FormWorkbooks.ref(4, 6) + "：自评结果·等级应为以下之一"));
    }

    @Test
    void aFormWithoutItsYearIsRefusedAtItsTitle() {
        byte[] workbook = FormWorkbooks.national(FormWorkbooks.nationalProject(), form -> form.put(1, 0, "（年度）"));

        assertThat(messages(reader.read(workbook), Locale.CHINESE))
                .containsExactly(FormWorkbooks.ref(0, 0) + "：年度为必填项");
    }

    @Test
    void aWorkbookWithoutAFormAndAFileThatIsNoWorkbookAreRefusedAsSuch() {
        byte[] text = "{\"format\":1}".getBytes(StandardCharsets.UTF_8);

        assertThat(messages(reader.read(text), Locale.CHINESE))
                .containsExactly("工作簿不是可读取的 .xlsx 工作簿（请在 Excel 或 WPS 中另存为 .xlsx）");
        assertThat(messages(reader.read(FormWorkbooks.henan(Samples.jinshui2021(),
                form -> form.put(0, 0, "预算执行情况表"))), Locale.CHINESE))
                .containsExactly("工作簿中没有自评表：没有标题含“部门整体绩效自评表”或“项目支出绩效自评表”的工作表");
    }

    @Test
    void cellTextsReadAsClerksMeanThem() {
        assertThat(CellText.number("１２３．５")).isEqualByComparingTo("123.5");
        assertThat(CellText.number("1,234,567.25")).isEqualByComparingTo("1234567.25");
        assertThat(CellText.number("12,34")).isNull();
        assertThat(CellText.isEmpty("—")).isTrue();
        assertThat(CellText.isEmpty("/")).isTrue();
        assertThat(CellText.oneLine("年度履职\n目标相关性")).isEqualTo("年度履职目标相关性");
        assertThat(CellText.nameAndWeight("投入管理\n指标（20分）").weight()).isEqualTo(new BigDecimal("20"));
        assertThat(CellText.year(CellText.normalize("（2022年度）"))).isEqualTo(2022);
        assertThat(Title.unitOf(CellText.normalize("单位：元"))).isEqualTo(AmountUnit.YUAN);
        assertThat(Title.unitOf(CellText.normalize("项目资金\n（元）"))).isEqualTo(AmountUnit.YUAN);
        assertThat(Title.unitOf(CellText.normalize("单位：万元"))).isEqualTo(AmountUnit.TEN_THOUSAND_YUAN);
    }

    static List<String> messages(ReadResult result, Locale locale) {
        return result.violations().stream().map(v -> TEXTS.render(v.text(), locale)).toList();
    }

    static SelfEvaluationDocument withoutScheme(SelfEvaluationDocument d) {
        return new SelfEvaluationDocument(d.kind(), null, d.department(), d.project(), d.year(), d.amountUnit(),
                d.annualGoal(), d.tasks(), d.budget(), d.level1(), d.indicators(), d.selfReported(), d.report());
    }
}
