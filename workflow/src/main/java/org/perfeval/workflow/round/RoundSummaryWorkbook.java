package org.perfeval.workflow.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.i18n.Translator;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.result.Severity;
import org.perfeval.scoring.text.Labelled;
import org.perfeval.scoring.text.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's summary workbook for the finance bureau: one row per department the caller may read, with its stage,
 * the department's and the computed total and grade, its findings by severity, its rows still to be verified and
 * whether it is overdue; headings in the caller's language.
 */
@Service
@Transactional(readOnly = true)
public class RoundSummaryWorkbook {

    private static final List<String> COLUMNS = List.of("department", "stage", "selfTotal", "selfGrade",
            "computedTotal", "computedGrade", "errors", "warnings", "infos", "unverified", "overdue");

    private final RoundService rounds;
    private final EvaluationService evaluations;
    private final Translator translator;

    RoundSummaryWorkbook(RoundService rounds, EvaluationService evaluations, Translator translator) {
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.translator = translator;
    }

    @LoggedIn
    public byte[] summary(long roundId, Locale locale) {
        RoundView round = rounds.round(roundId);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(say(locale, "round.summary.sheet"));
            CellStyle heading = style(workbook, true, null);
            CellStyle text = style(workbook, false, null);
            CellStyle score = style(workbook, false, "0.00");
            CellStyle count = style(workbook, false, "0");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(say(locale, "round.summary.title", round.year(),
                    translator.label(round.kind(), locale), round.dueDate()));
            title.getCell(0).setCellStyle(style(workbook, true, null));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
            Row head = sheet.createRow(1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                put(head, c, say(locale, "round.summary." + COLUMNS.get(c)), heading);
                sheet.setColumnWidth(c, (c == 0 ? 36 : 12) * 256);
            }
            int r = 2;
            for (RoundEntry entry : round.evaluations()) {
                entry(sheet.createRow(r++), entry, locale, text, score, count);
            }
            sheet.createFreezePane(1, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, COLUMNS.size() - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One department's row: stage, totals and grades, findings by severity, rows to verify, overdue. */
    private void entry(Row row, RoundEntry entry, Locale locale, CellStyle text, CellStyle score, CellStyle count) {
        ScoreResult result = entry.evaluationId() == null ? null : evaluations.score(entry.evaluationId());
        put(row, 0, entry.departmentName(), text);
        put(row, 1, entry.stage() == null ? say(locale, "round.summary.notStarted") : label(entry.stage(), locale),
                text);
        put(row, 2, entry.selfTotal(), score);
        put(row, 3, label(entry.selfGrade(), locale), text);
        put(row, 4, entry.computedTotal(), score);
        put(row, 5, label(entry.computedGrade(), locale), text);
        for (Severity severity : Severity.values()) {
            put(row, 6 + severity.ordinal(), result == null ? null : BigDecimal.valueOf(result.findings().stream()
                    .filter(f -> f.severity() == severity).count()), count);
        }
        put(row, 9, result == null ? null : BigDecimal.valueOf(result.unverifiedCount()), count);
        put(row, 10, say(locale, entry.overdue() ? "round.summary.yes" : "round.summary.no"), text);
    }

    private String label(Labelled value, Locale locale) {
        return value == null ? null : translator.label(value, locale);
    }

    private String say(Locale locale, String key, Object... args) {
        return translator.render(Text.of(key, args), locale);
    }

    private static void put(Row row, int col, Object value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        if (bold) {
            Font font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }
}
