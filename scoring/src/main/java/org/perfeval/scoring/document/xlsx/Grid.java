package org.perfeval.scoring.document.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet as people see it: a cell inside a merged region shows the region's value, as the level-1 and level-2
 * cells merged down a table do; positions are 0-based and named as Excel names them ("自评表!G23").
 */
final class Grid {

    private final Sheet sheet;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();

    Grid(Sheet sheet) {
        this.sheet = sheet;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
    }

    /** A found cell: its row and column, 0-based. */
    record At(int row, int col) {
    }

    String sheetName() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    int lastCol(int row) {
        Row r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    String ref(int row, int col) {
        return new CellReference(sheet.getSheetName(), row, col, false, false).formatAsString();
    }

    /** The last column a cell's merged region covers: the next value to its right starts after it. */
    int endCol(int row, int col) {
        CellRangeAddress region = merged.get(key(row, col));
        return region == null ? col : region.getLastColumn();
    }

    int endRow(int row, int col) {
        CellRangeAddress region = merged.get(key(row, col));
        return region == null ? row : region.getLastRow();
    }

    /** Whether the cell is a merged region's continuation below its first row: the same value again. */
    boolean continuesFromAbove(int row, int col) {
        CellRangeAddress region = merged.get(key(row, col));
        return region != null && region.getFirstRow() < row;
    }

    private boolean isRegionStart(int row, int col) {
        CellRangeAddress region = merged.get(key(row, col));
        return region == null || (region.getFirstRow() == row && region.getFirstColumn() == col);
    }

    /** The cell's value: a BigDecimal for a number, a String for text (as typed), null when empty. */
    Object value(int row, int col) {
        CellRangeAddress region = merged.get(key(row, col));
        Cell cell = region == null ? cell(row, col) : cell(region.getFirstRow(), region.getFirstColumn());
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> CellText.decimal(cell.getNumericCellValue());
            case STRING -> {
                String text = cell.getRichStringCellValue().getString();
                yield text == null || text.isBlank() ? null : text;
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case ERROR -> cell.getCellType() == CellType.FORMULA ? cell.getCellFormula() : "#ERROR";
            default -> null;
        };
    }

    /** The value as text, a number in plain digits; null when empty. */
    String text(int row, int col) {
        Object value = value(row, col);
        return value instanceof BigDecimal number ? number.toPlainString() : (String) value;
    }

    /** The value as a label is compared: without spaces or line breaks, full-width letters and signs made narrow. */
    String label(int row, int col) {
        String text = text(row, col);
        return text == null ? "" : CellText.normalize(text);
    }

    /** The first cell, row by row, whose label the test accepts; merged regions are looked at once. */
    At find(Predicate<String> test) {
        return find(0, test);
    }

    At find(int fromRow, Predicate<String> test) {
        for (int r = Math.max(0, fromRow); r <= lastRow(); r++) {
            At at = findInRow(r, 0, test);
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    At findInRow(int row, int fromCol, Predicate<String> test) {
        for (int c = Math.max(0, fromCol); c <= lastCol(row); c++) {
            if (isRegionStart(row, c) && !label(row, c).isEmpty() && test.test(label(row, c))) {
                return new At(row, c);
            }
        }
        return null;
    }

    /** The value cell of a label: the cell just right of the label's (merged) cell. */
    At rightOf(At label) {
        return new At(label.row(), endCol(label.row(), label.col()) + 1);
    }

    boolean rowEmpty(int row, int fromCol, int toCol) {
        for (int c = fromCol; c <= toCol; c++) {
            if (text(row, c) != null) {
                return false;
            }
        }
        return true;
    }

    private Cell cell(int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
