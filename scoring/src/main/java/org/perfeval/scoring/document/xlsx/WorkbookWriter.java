package org.perfeval.scoring.document.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.scheme.Level1Definition;
import org.perfeval.scoring.scheme.ScoringScheme;

/**
 * Writes a form as an .xlsx workbook in the familiar layout of its kind (the Henan 部门整体 form, the national
 * 项目支出 form): title rows, merged label and level-1/level-2 cells, column widths, number formats; the written
 * report on a second sheet; the scheme in the document properties. {@link WorkbookReader} reads it back to the same
 * form.
 */
public final class WorkbookWriter {

    /** The sheet name of the form: what a refusal names ("自评表!G23"). */
    public static final String SHEET = "自评表";

    public byte[] write(SelfEvaluationDocument document) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            SheetWriter out = new SheetWriter(workbook, sheet);
            if (document.kind() == EvaluationKind.PROJECT) {
                NationalSheet.write(out, document);
            } else {
                HenanSheet.write(out, document);
            }
            ReportSheet.write(workbook, document, out.style(SheetWriter.Style.TEXT));
            WorkbookProperties.scheme(workbook, document.scheme());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A blank form for a scheme: its layout, its level-1 indicators with their weights and one empty row under each,
     * for a department to fill in.
     */
    public byte[] template(ScoringScheme scheme) {
        List<Level1Weight> level1 = new ArrayList<>();
        List<Indicator> rows = new ArrayList<>();
        for (Level1Definition definition : scheme.level1()) {
            level1.add(new Level1Weight(definition.name(), definition.weight()));
            if (!definition.budget()) {
                rows.add(new Indicator(definition.name(), null, null, "", "", null, null, null, null, null, false));
            }
        }
        SelfEvaluationDocument blank = new SelfEvaluationDocument(scheme.kind(), scheme.id(), null, null, 0,
                AmountUnit.TEN_THOUSAND_YUAN, null, List.of(), null, level1, rows, null, Map.of());
        return write(blank);
    }
}
