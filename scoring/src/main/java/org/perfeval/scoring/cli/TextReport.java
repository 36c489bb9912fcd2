package org.perfeval.scoring.cli;

import java.math.BigDecimal;

import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.engine.Finding;
import org.perfeval.scoring.engine.Level1Result;
import org.perfeval.scoring.engine.Message;
import org.perfeval.scoring.engine.RowResult;
import org.perfeval.scoring.engine.ScoreResult;

/** The readable table {@code --format text} prints, aligned for Chinese (wide) characters. */
final class TextReport {

    private TextReport() {
    }

    static String render(String file, SelfEvaluationDocument d, ScoreResult r, boolean zh) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(" — ").append(d.department()).append(' ').append(d.year())
                .append(d.project() == null ? "" : " " + d.project())
                .append(" (").append(r.schemeId()).append(" v").append(r.schemeVersion()).append(")\n");
        out.append(zh ? "计算得分 " : "computed ").append(r.total()).append(' ').append(r.grade().label())
                .append(zh ? "    自评 " : "    self-reported ").append(text(r.selfTotal())).append(' ')
                .append(r.selfGrade() == null ? "" : r.selfGrade().label())
                .append(zh ? "    差额 " : "    difference ").append(text(r.totalDifference())).append("\n\n");
        out.append(zh ? "预算执行率 " : "budget execution rate ").append(text(r.budget().rate())).append("%  ")
                .append(zh ? "得分 " : "score ").append(r.budget().score()).append(" / ").append(r.budget().weight())
                .append(zh ? "  自评 " : "  self ").append(text(r.budget().selfScore())).append("\n\n");
        out.append(row(zh ? new String[]{"一级指标", "分值", "行合计", "得分", "自评"}
                : new String[]{"level 1", "weight", "rows", "score", "self"}, 14, 8));
        for (Level1Result block : r.level1()) {
            out.append(row(new String[]{block.name(), text(block.weight()), text(block.weightSum()),
                    text(block.score()), text(block.selfScore())}, 14, 8));
        }
        out.append('\n').append(row(zh ? new String[]{"#", "三级指标", "分值", "得分", "自评", "差额", "计算"}
                : new String[]{"#", "indicator", "weight", "score", "self", "diff", "arithmetic"}, 4, 20, 7));
        for (RowResult row : r.indicators()) {
            Message explanation = row.explanation();
            out.append(row(new String[]{String.valueOf(row.index() + 1), row.level3(), text(row.weight()),
                    text(row.score()), text(row.selfScore()), text(row.difference()),
                    zh ? explanation.zh() : explanation.en()}, 4, 20, 7));
        }
        out.append('\n').append(zh ? "发现 " : "findings ").append(r.findings().size())
                .append(zh ? " 项，其中错误 " : ", errors ").append(r.errors().size()).append('\n');
        for (Finding f : r.findings()) {
            out.append(pad(f.severity().name(), 8)).append(pad(f.code().name(), 30)).append(pad(f.pointer(), 36))
                    .append(zh ? f.message().zh() : f.message().en()).append('\n');
        }
        return out.toString();
    }

    /** A line of cells: the first widths as given, every later cell at the last width, the final cell unpadded. */
    private static String row(String[] cells, int... widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            int width = widths[Math.min(i, widths.length - 1)];
            line.append(i == cells.length - 1 ? cells[i] : pad(cells[i], width));
        }
        return line.append('\n').toString();
    }

    static String pad(String text, int width) {
        String value = text == null ? "" : text;
        int used = 0;
        for (int i = 0; i < value.length(); i++) {
            used += value.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return value + " ".repeat(Math.max(1, width - used));
    }

    private static String text(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
