package org.perfeval.scoring.document.xlsx;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes cells of one sheet with the form's styles: a title row, bordered headings, texts, amounts and rates. */
final class SheetWriter {

    enum Style { TITLE, SUBTITLE, UNIT, HEADING, TEXT, CENTER, AMOUNT, SCORE, RATE }

    private final Sheet sheet;
    private final CellStyle[] styles = new CellStyle[Style.values().length];

    SheetWriter(XSSFWorkbook workbook, Sheet sheet) {
        this.sheet = sheet;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        short amount = workbook.createDataFormat().getFormat("#,##0.00");
        short score = workbook.createDataFormat().getFormat("0.00");
        short rate = workbook.createDataFormat().getFormat("0.00%");
        for (Style style : Style.values()) {
            CellStyle s = workbook.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            boolean boxed = style.ordinal() >= Style.HEADING.ordinal();
            if (boxed) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            switch (style) {
                case TITLE -> {
                    s.setFont(big);
                    s.setAlignment(HorizontalAlignment.CENTER);
                }
                case SUBTITLE, CENTER -> s.setAlignment(HorizontalAlignment.CENTER);
                case UNIT -> s.setAlignment(HorizontalAlignment.RIGHT);
                case HEADING -> {
                    s.setFont(bold);
                    s.setAlignment(HorizontalAlignment.CENTER);
                    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                case AMOUNT -> s.setDataFormat(amount);
                case SCORE -> s.setDataFormat(score);
                case RATE -> s.setDataFormat(rate);
                default -> {
                }
            }
            styles[style.ordinal()] = s;
        }
    }

    CellStyle style(Style style) {
        return styles[style.ordinal()];
    }

    void widths(int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** A value in a cell: a number as a number, text as text, null as an empty cell of the style. */
    void put(int row, int col, Object value, Style style) {
        Cell cell = cell(row, col);
        cell.setCellStyle(style(style));
        if (value instanceof BigDecimal number && number.precision() > 15) {
            // beyond what a double holds exactly: kept as text, which reads back as the same number
            cell.setCellValue(number.toPlainString());
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    /** A value over a merged region, every cell of it styled so that its borders show. */
    void merged(int firstRow, int lastRow, int firstCol, int lastCol, Object value, Style style) {
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstCol; c <= lastCol; c++) {
                put(r, c, r == firstRow && c == firstCol ? value : null, style);
            }
        }
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    void height(int row, float points) {
        row(row).setHeightInPoints(points);
    }

    private Cell cell(int row, int col) {
        Row r = row(row);
        Cell cell = r.getCell(col);
        return cell == null ? r.createCell(col) : cell;
    }

    private Row row(int row) {
        Row r = sheet.getRow(row);
        return r == null ? sheet.createRow(row) : r;
    }
}
