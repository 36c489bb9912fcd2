package org.perfeval.scoring.document.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfeval.scoring.document.BudgetLine;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.MainTask;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.DocumentReader;

/**
 * Lays out a fixture as departments fill the form in Excel, independently of {@link WorkbookWriter}: on the second
 * sheet, starting at an offset row and column, labels with full-width brackets and spaces, level-1 and level-2 cells
 * merged down, names wrapped over lines, numbers typed as text, with full-width digits or thousands separators, and
 * "—" or "/" in empty cells.
 */
final class FormWorkbooks {

    static final String SHEET = "附表1";
    static final int ROW0 = 3;
    static final int COL0 = 2;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private int number;

    private FormWorkbooks() {
        Sheet notes = workbook.createSheet("填表说明");
        notes.createRow(0).createCell(0).setCellValue("请按财政局要求填写附表1，金额单位为万元。");
        sheet = workbook.createSheet(SHEET);
    }

    static SelfEvaluationDocument fixture(String resource) {
        try (InputStream in = FormWorkbooks.class.getResourceAsStream(resource)) {
            return new DocumentReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SelfEvaluationDocument nationalProject() {
        return fixture("national-project-2022.json");
    }

    /** The Henan 部门整体绩效自评表, as the seed prints it. */
    static byte[] henan(SelfEvaluationDocument d) {
        return henan(d, form -> { });
    }

    /** The Henan form, then changed by {@code edit} (cell addresses relative to the form's top-left cell). */
    static byte[] henan(SelfEvaluationDocument d, Consumer<FormWorkbooks> edit) {
        FormWorkbooks f = new FormWorkbooks();
        f.merge(0, 0, 0, 8, "部门整体绩效自评表");
        f.merge(1, 1, 0, 8, "(" + d.year() + " 年度)");
        f.merge(2, 2, 0, 8, "单位：" + d.amountUnit().symbol());
        f.merge(3, 4, 0, 0, "部门（单位）\n名称");
        f.merge(3, 4, 1, 4, d.department());
        f.put(3, 5, "自评得分");
        f.merge(3, 3, 6, 8, f.text(d.selfReported().total()));
        f.put(4, 5, "自评结果");
        f.merge(4, 4, 6, 8, d.selfReported().grade().symbol());
        f.put(5, 0, "年度履职目标");
        f.merge(5, 5, 1, 4, d.annualGoal().text());
        f.put(5, 5, "年度履职目标\n完成情况");
        f.merge(5, 5, 6, 8, d.annualGoal().completion());
        List<MainTask> tasks = d.tasks();
        f.merge(6, 6 + tasks.size(), 0, 0, "年度主要任务");
        f.row(6, 1, "任务名称", "主要内容", "预算资金", "其中：财政资金", "任务完成情况", "预算执行数", "其中：财政资金", "预算执行率");
        for (int i = 0; i < tasks.size(); i++) {
            MainTask t = tasks.get(i);
            f.row(7 + i, 1, wrap(t.name()), t.content(), f.amount(t.budget()), f.amount(t.fiscalBudget()), "/",
                    f.amount(t.executed()), f.amount(t.fiscalExecuted()), "76%");
        }
        int b = 7 + tasks.size();
        f.merge(b, b + 5, 0, 0, "预算情况");
        f.row(b, 3, "年初预算数", "调整预算数", "预算执行数", "预算执行率", "分值", "得分");
        f.budget(b + 1, "部门预算总额", d.budget().total());
        f.put(b + 1, 7, f.amount(weightOf(d, "预算执行率")));
        f.put(b + 1, 8, f.amount(d.selfReported().budgetScore()));
        f.budget(b + 2, "1、资金来源：（1）财政性资金", d.budget().fiscal());
        f.budget(b + 3, "（2）其他资金", d.budget().other());
        f.budget(b + 4, "2、资金结构：（1）基本支出", d.budget().basic());
        f.budget(b + 5, "（2）项目支出", d.budget().project());
        int h = b + 6;
        f.row(h, 0, "一级指标", "二级指标", "三级指标", "指标值", "度量单位", "实际完成值", "分值", "得分", "未完成原因分析");
        int end = f.indicators(d, h + 1, 0, name -> name + "（" + weightOf(d, name).toPlainString() + "分）");
        f.put(end, 0, "注：1. 自评采取打分评价的形式，满分为100分。");
        f.merge(end + 2, end + 2, 0, 3, "各项指标得分情况表");
        f.row(end + 3, 0, "指标", "权重分值", "得分", "得分率");
        int r = end + 4;
        for (Map.Entry<String, BigDecimal> score : d.selfReported().level1Scores().entrySet()) {
            f.row(r++, 0, score.getKey(), f.amount(weightOf(d, score.getKey())), f.amount(score.getValue()), "");
        }
        f.row(r, 0, "合计", "100", f.amount(d.selfReported().total()), "");
        edit.accept(f);
        return f.bytes();
    }

    /** The national 项目支出绩效自评表 of 财预〔2020〕10号. */
    static byte[] national(SelfEvaluationDocument d, Consumer<FormWorkbooks> edit) {
        FormWorkbooks f = new FormWorkbooks();
        f.merge(0, 0, 0, 8, "项目支出绩效自评表");
        f.merge(1, 1, 0, 8, "（" + d.year() + "年度）");
        f.put(2, 0, "项目名称");
        f.merge(2, 2, 1, 8, d.project());
        f.put(3, 0, "主管部门");
        f.merge(3, 3, 1, 3, "池州市贵池区人民政府");
        f.put(3, 4, "实施单位");
        f.merge(3, 3, 5, 8, d.department());
        f.merge(4, 8, 0, 0, "项目资金\n（万元）");
        f.row(4, 3, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        BudgetLine total = d.budget().total();
        f.merge(5, 5, 1, 2, "年度资金总额");
        f.row(5, 3, f.amount(total.initial()), f.amount(total.adjusted()), f.amount(total.executed()),
                f.amount(weightOf(d, "预算执行率")), "100%", f.amount(d.selfReported().budgetScore()));
        f.merge(6, 6, 1, 2, "其中：当年财政拨款");
        BudgetLine fiscal = d.budget().fiscal();
        f.row(6, 3, f.amount(fiscal.initial()), f.amount(fiscal.adjusted()), f.amount(fiscal.executed()), "—",
                "100%", "—");
        f.merge(7, 7, 1, 2, "上年结转资金");
        f.row(7, 3, "—", "—", "—", "—", "—", "—");
        f.merge(8, 8, 1, 2, "其他资金");
        f.row(8, 3, "/", "/", "/", "—", "—", "—");
        f.merge(9, 10, 0, 0, "年度总体\n目标");
        f.merge(9, 9, 1, 4, "预期目标");
        f.merge(9, 9, 5, 8, "实际完成情况");
        f.merge(10, 10, 1, 4, d.annualGoal().text());
        f.merge(10, 10, 5, 8, d.annualGoal().completion());
        f.row(11, 1, "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施");
        int end = f.indicators(d, 12, 1, name -> name);
        f.merge(11, end - 1, 0, 0, "绩效\n指标");
        f.merge(end, end, 0, 5, "总分");
        f.row(end, 6, "100", f.amount(d.selfReported().total()), "");
        edit.accept(f);
        return f.bytes();
    }

    /** The indicator rows from {@code row}, level-1 and level-2 merged down; returns the row after them. */
    private int indicators(SelfEvaluationDocument d, int row, int col, java.util.function.UnaryOperator<String> level1) {
        List<Indicator> rows = d.indicators();
        boolean national = col > 0;
        for (int i = 0; i < rows.size(); i++) {
            Indicator x = rows.get(i);
            if (national) {
                row(row + i, col + 2, wrap(x.level3()), x.target(), x.actual(), amount(x.weight()),
                        amount(x.selfScore()), x.deviationReason() == null ? "—" : x.deviationReason());
            } else {
                row(row + i, col + 2, wrap(x.level3()), x.target(), x.unit(), x.actual(), amount(x.weight()),
                        amount(x.selfScore()), x.deviationReason() == null ? "" : x.deviationReason());
            }
        }
        for (int s = 0; s < rows.size(); ) {
            int e = s;
            while (e + 1 < rows.size() && rows.get(e + 1).level1().equals(rows.get(s).level1())) {
                e++;
            }
            merge(row + s, row + e, col, col, wrap(level1.apply(rows.get(s).level1())));
            for (int s2 = s; s2 <= e; ) {
                int e2 = s2;
                while (e2 + 1 <= e && rows.get(e2 + 1).level2().equals(rows.get(s2).level2())) {
                    e2++;
                }
                merge(row + s2, row + e2, col + 1, col + 1, rows.get(s2).level2());
                s2 = e2 + 1;
            }
            s = e + 1;
        }
        return row + rows.size();
    }

    private void budget(int row, String label, BudgetLine line) {
        merge(row, row, 1, 2, label);
        if (line == null) {
            row(row, 3, "/", "/", "/", "/", "", "");
        } else {
            row(row, 3, amount(line.initial()), line.adjusted() == null ? "—" : amount(line.adjusted()),
                    amount(line.executed()), "74.21%", "", "");
        }
    }

    private static BigDecimal weightOf(SelfEvaluationDocument d, String name) {
        return d.level1().stream().filter(l -> l.name().equals(name)).map(Level1Weight::weight).findFirst()
                .orElseThrow();
    }

    /** A name wrapped after its fourth character, as narrow columns wrap them. */
    static String wrap(String name) {
        return name.length() > 5 ? name.substring(0, 4) + "\n" + name.substring(4) : name;
    }

    /** The amounts in turn: a number cell, plain text, full-width digits, text with thousands separators. */
    Object amount(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (number++ % 4) {
            case 0 -> value;
            case 1 -> value.toPlainString();
            case 2 -> fullWidth(value.toPlainString());
            default -> new java.text.DecimalFormat("#,##0.##########").format(value);
        };
    }

    String text(BigDecimal value) {
        return value.toPlainString();
    }

    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
        }
        return out.toString();
    }

    void row(int row, int col, Object... values) {
        for (int i = 0; i < values.length; i++) {
            put(row, col + i, values[i]);
        }
    }

    /** Puts a value at a cell relative to the form's top-left; text as text, a number as a number cell. */
    void put(int row, int col, Object value) {
        Row r = sheet.getRow(ROW0 + row) == null ? sheet.createRow(ROW0 + row) : sheet.getRow(ROW0 + row);
        Cell cell = r.getCell(COL0 + col) == null ? r.createCell(COL0 + col) : r.getCell(COL0 + col);
        if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    void merge(int firstRow, int lastRow, int firstCol, int lastCol, Object value) {
        put(firstRow, firstCol, value);
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(ROW0 + firstRow, ROW0 + lastRow, COL0 + firstCol,
                    COL0 + lastCol));
        }
    }

    /** Where a relative cell is, as Excel names it on the form's sheet. */
    static String ref(int row, int col) {
        return SHEET + "!" + new org.apache.poi.ss.util.CellReference(ROW0 + row, COL0 + col).formatAsString();
    }

    private byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
