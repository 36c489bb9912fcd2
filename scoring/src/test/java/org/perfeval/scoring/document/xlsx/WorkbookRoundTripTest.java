package org.perfeval.scoring.document.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.document.json.DocumentWriter;
import org.perfeval.scoring.document.json.ReadResult;
import org.perfeval.scoring.document.json.Samples;
import org.perfeval.scoring.scheme.SchemeRegistry;

/** A form exported as .xlsx is laid out as its kind's paper form and imports back to the same form. */
class WorkbookRoundTripTest {

    private final WorkbookWriter writer = new WorkbookWriter();
    private final WorkbookReader reader = new WorkbookReader();
    private final DocumentWriter json = new DocumentWriter();

    @Test
    void theSeedExportedAndImportedIsTheSameForm() {
        assertRoundTrip(Samples.jinshui2021());
    }

    @Test
    void aNationalProjectExportedAndImportedIsTheSameForm() {
        assertRoundTrip(FormWorkbooks.nationalProject());
    }

    @Test
    void aProjectWithTasksAndBudgetLinesByStructureKeepsThemThroughTheNationalLayout() {
        SelfEvaluationDocument seed = Samples.jinshui2021();

        assertRoundTrip(new SelfEvaluationDocument(EvaluationKind.PROJECT, null, seed.department(), "政务经费项目",
                seed.year(), seed.amountUnit(), seed.annualGoal(), seed.tasks(), seed.budget(), seed.level1(),
                seed.indicators(), seed.selfReported(), seed.report()));
    }

    @Test
    void tiersDirectionsRowsNotApplicableAndTheWrittenReportSurviveTheRoundTrip() {
        SelfEvaluationDocument seed = Samples.jinshui2021();
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        Indicator first = rows.getFirst();
        rows.set(0, new Indicator(first.level1(), first.level2(), first.level3(), first.target(), first.unit(),
                first.actual(), first.weight(), first.selfScore(), Tier.PARTIAL, "部分相关。\n下一年改进。", false,
                Direction.QUALITATIVE));
        Indicator second = rows.get(1);
        rows.set(1, new Indicator(second.level1(), second.level2(), second.level3(), second.target(), second.unit(),
                second.actual(), second.weight(), second.selfScore(), null, null, true, null));
        Map<ReportSection, String> report = new EnumMap<>(ReportSection.class);
        report.put(ReportSection.BASIC_INFORMATION, "（一）部门职能。\n负责督促检查。");
        report.put(ReportSection.CONCLUSION, "最终得分为 95.92 分，等级为“优”。".repeat(2000));
        SelfEvaluationDocument varied = new SelfEvaluationDocument(seed.kind(), seed.scheme(), seed.department(),
                null, seed.year(), seed.amountUnit(), seed.annualGoal(), seed.tasks(), seed.budget(), seed.level1(),
                rows, seed.selfReported(), report);

        assertRoundTrip(varied);
    }

    @Test
    void theExportIsLaidOutAsThePaperFormWithMergedCellsWidthsAndNumberFormats() throws IOException {
        byte[] bytes = writer.write(Samples.jinshui2021());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(WorkbookWriter.SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部门整体绩效自评表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("（2021年度）");
            // the level-1 block 投入管理指标 is merged down its 19 rows and carries its weight
            assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
                assertThat(sheet.getRow(region.getFirstRow()).getCell(0).getStringCellValue())
                        .isEqualTo("投入管理指标(20分)");
                assertThat(region.getLastRow() - region.getFirstRow() + 1).isEqualTo(19);
            });
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(3));
            assertThat(sheet.getRow(7).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(7).getCell(3).getNumericCellValue()).isEqualTo(110.0);
        }
    }

    @Test
    void aSchemesBlankTemplateIsTheFormWithItsLevel1WeightsAndAsksForWhatADepartmentFillsIn() {
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        for (var scheme : schemes.all()) {
            ReadResult read = reader.read(writer.template(scheme));

            List<String> messages = WorkbookReaderTest.messages(read, Locale.CHINESE);
            assertThat(messages).as(scheme.id()).anySatisfy(m -> assertThat(m).contains("部门名称为必填项"));
            assertThat(messages).as(scheme.id()).anySatisfy(m -> assertThat(m).contains("年度为必填项"));
        }
        assertThat(schemes.all()).hasSizeGreaterThanOrEqualTo(2);
    }

    private void assertRoundTrip(SelfEvaluationDocument document) {
        ReadResult read = reader.read(writer.write(document));

        assertThat(read.violations()).isEmpty();
        assertThat(json.writeCanonical(read.document())).isEqualTo(json.writeCanonical(document));
        assertThat(read.document().indicators().stream().map(Indicator::weight).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo(document.indicators().stream().map(Indicator::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
