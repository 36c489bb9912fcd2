package org.perfeval.scoring.document.xlsx;

import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.xlsx.Grid.At;
import org.perfeval.scoring.text.Texts;

import tools.jackson.databind.node.ObjectNode;

/**
 * The written 绩效自评报告 on a sheet of its own: each section's heading in the first column and its text beside it.
 * A workbook without that sheet simply has no report.
 */
final class ReportSheet {

    static final String NAME = "自评报告";
    /** What one cell holds, with room to spare (Excel's limit is 32767 characters). */
    private static final int CELL_LIMIT = 32000;
    private static final Texts TEXTS = Texts.scoring();

    private ReportSheet() {
    }

    static void read(XSSFWorkbook workbook, FormTree form) {
        Sheet sheet = workbook.getSheet(NAME);
        if (sheet == null) {
            return;
        }
        Grid grid = new Grid(sheet);
        ObjectNode report = null;
        for (ReportSection section : ReportSection.values()) {
            String heading = CellText.normalize(TEXTS.label(section, Locale.CHINESE));
            At at = grid.find(label -> label.equals(heading) || label.endsWith("、" + heading));
            if (at == null) {
                continue;
            }
            if (report == null) {
                report = form.root().putObject("report");
            }
            StringBuilder text = new StringBuilder();
            // a section longer than a cell holds continues in the cells to its right
            for (int c = grid.endCol(at.row(), at.col()) + 1; grid.text(at.row(), c) != null; c++) {
                text.append(grid.text(at.row(), c));
            }
            if (!text.isEmpty()) {
                report.put(section.jsonName(), text.toString());
            }
        }
    }

    static void write(XSSFWorkbook workbook, SelfEvaluationDocument document, CellStyle wrap) {
        if (document.report().isEmpty()) {
            return;
        }
        Sheet sheet = workbook.createSheet(NAME);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        int r = 0;
        for (ReportSection section : ReportSection.values()) {
            String text = document.report().get(section);
            if (text == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(TEXTS.label(section, Locale.CHINESE));
            int from = 0;
            for (int c = 1; from < text.length(); c++) {
                int end = Math.min(text.length(), from + CELL_LIMIT);
                if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
                row.createCell(c).setCellValue(text.substring(from, end));
                row.getCell(c).setCellStyle(wrap);
                from = end;
            }
        }
    }
}
