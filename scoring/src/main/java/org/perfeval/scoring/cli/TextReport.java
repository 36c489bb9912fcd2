package org.perfeval.scoring.cli;

import java.math.BigDecimal;
import java.util.Locale;

import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.result.Level1Result;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.scheme.SchemeRegistry;
import org.perfeval.scoring.text.Labelled;
import org.perfeval.scoring.text.Text;
import org.perfeval.scoring.text.Texts;

/** The readable table {@code --format text} prints in the chosen language, aligned for Chinese (wide) characters. */
final class TextReport {

    private static final Texts TEXTS = Texts.scoring();

    private final Locale locale;

    private TextReport(Locale locale) {
        this.locale = locale;
    }

    static String render(String file, SelfEvaluationDocument d, ScoreResult r, SchemeRegistry schemes,
                         Locale locale) {
        return new TextReport(locale).render(file, d, r, schemes);
    }

    private String render(String file, SelfEvaluationDocument d, ScoreResult r, SchemeRegistry schemes) {
        Object scheme = schemes.find(r.schemeId())
                .<Object>map(s -> Text.of("fragment.schemeName", s.nameZh(), s.nameEn())).orElse(r.schemeId());
        StringBuilder out = new StringBuilder();
        out.append(file).append(" — ").append(d.department()).append(' ').append(d.year())
                .append(d.project() == null ? "" : " " + d.project()).append(' ')
                .append(t("cli.scheme", scheme, r.schemeVersion())).append('\n');
        out.append(t("cli.total", r.total(), r.grade(), text(r.selfTotal()), r.selfGrade(),
                text(r.totalDifference())));
        if (r.provisional()) {
            out.append("    ").append(t("cli.provisional", r.unverifiedCount()));
        }
        out.append("\n\n");
        out.append(t("cli.budget", text(r.budget().rate()), r.budget().score(), r.budget().weight(),
                text(r.budget().selfScore()))).append("\n\n");
        out.append(row(new String[]{t("cli.column.level1"), t("cli.column.weight"), t("cli.column.rows"),
                t("cli.column.score"), t("cli.column.self")}, 14, 8));
        for (Level1Result block : r.level1()) {
            out.append(row(new String[]{block.name(), text(block.weight()), text(block.weightSum()),
                    text(block.score()), text(block.selfScore())}, 14, 8));
        }
        out.append('\n').append(row(new String[]{"#", t("cli.column.indicator"), t("cli.column.weight"),
                t("cli.column.score"), t("cli.column.self"), t("cli.column.difference"),
                t("cli.column.arithmetic")}, 4, 20, 7));
        for (RowResult row : r.indicators()) {
            out.append(row(new String[]{String.valueOf(row.index() + 1), row.level3(), text(row.weight()),
                    text(row.score()), text(row.selfScore()), text(row.difference()),
                    TEXTS.render(row.explanation(), locale)}, 4, 20, 7));
        }
        out.append('\n').append(t("cli.findings", r.findings().size(), r.errors().size())).append('\n');
        for (Finding f : r.findings()) {
            out.append(pad(label(f.severity()), 8)).append(TEXTS.render(f.text(), locale)).append('\n');
        }
        return out.toString();
    }

    private String t(String key, Object... args) {
        return TEXTS.render(Text.of(key, args), locale);
    }

    private String label(Labelled constant) {
        return TEXTS.label(constant, locale);
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
