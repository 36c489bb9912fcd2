package org.perfeval.core.print;

import java.math.BigDecimal;
import java.util.List;

import org.perfeval.core.evaluation.EvaluationSummary;
import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.BudgetLine;
import org.perfeval.scoring.document.MainTask;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.BudgetResult;
import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.result.Level1Result;
import org.perfeval.scoring.result.ScoreResult;

/**
 * The 绩效自评表 as the paper form shows it, for stamping: header, goal, main tasks, the budget block with its
 * breakdowns and score, the 一级 subtotals, every indicator row with the computed score beside the department's own,
 * the findings, the written report and the place for the seal.
 */
final class EvaluationSheet {

    private final Words words;
    private final EvaluationSummary summary;
    private final SelfEvaluationDocument document;
    private final ScoreResult score;
    private final Xhtml html = new Xhtml();

    EvaluationSheet(Words words, EvaluationSummary summary, SelfEvaluationDocument document, ScoreResult score) {
        this.words = words;
        this.summary = summary;
        this.document = document;
        this.score = score;
    }

    String title() {
        return words.get("print.evaluation.title", document.department(), document.year(),
                words.label(document.kind()));
    }

    String body() {
        html.element("h1", null, title());
        header();
        html.element("h2", null, words.get("print.goalHeading"));
        FormTables.goal(html, words, document);
        tasks();
        budget();
        level1();
        html.element("h2", null, words.get("print.indicators"));
        FormTables.indicators(html, words, document, score);
        findings();
        FormTables.report(html, words, document);
        stamp();
        return html.toString();
    }

    private void header() {
        html.open("table", "header").open("tbody", null).open("tr", null)
                .element("td", "label", words.get("print.department")).td(document.department())
                .element("td", "label", words.get("print.year")).td(String.valueOf(document.year()))
                .element("td", "label", words.get("print.kind")).td(words.label(document.kind()))
                .close("tr").open("tr", null)
                .element("td", "label", words.get("print.project")).td(document.project())
                .element("td", "label", words.get("print.stage")).td(words.label(summary.status()))
                .element("td", "label", words.get("print.scheme"))
                .td(score.schemeId() + " v" + score.schemeVersion())
                .close("tr").open("tr", "total")
                .element("td", "label", words.get("print.computedTotal")).td(computedTotal())
                .element("td", "label", words.get("print.selfTotal"))
                .td(score.selfTotal() == null ? null : Words.score(score.selfTotal()).toPlainString() + " "
                        + words.label(score.selfGrade()))
                .element("td", "label", words.get("print.difference"))
                .td(score.totalDifference() == null ? null : score.totalDifference().toPlainString())
                .close("tr").close("tbody").close("table");
    }

    private String computedTotal() {
        String total = Words.score(score.total()).toPlainString() + " " + words.label(score.grade());
        return score.provisional() ? total + " · " + words.text(score.provisionalNote()) : total;
    }

    private void tasks() {
        if (document.tasks().isEmpty()) {
            return;
        }
        String unit = document.amountUnit().symbol();
        html.element("h2", null, words.get("print.tasks", unit));
        html.open("table", null).open("thead", null).open("tr", null).th(words.get("print.taskName"))
                .th(words.get("print.taskContent")).th(words.get("print.taskBudget"))
                .th(words.get("print.ofWhichFiscal")).th(words.get("print.taskExecuted"))
                .th(words.get("print.ofWhichFiscal")).th(words.get("print.taskCompletion"))
                .close("tr").close("thead").open("tbody", null);
        for (MainTask task : document.tasks()) {
            html.open("tr", null).td(task.name()).td(task.content()).number(task.budget())
                    .number(task.fiscalBudget()).number(task.executed()).number(task.fiscalExecuted())
                    .td(task.completion()).close("tr");
        }
        html.close("tbody").close("table");
    }

    private void budget() {
        Budget budget = document.budget();
        if (budget == null) {
            return;
        }
        html.element("h2", null, words.get("print.budget", document.amountUnit().symbol()));
        html.open("table", "keep").open("thead", null).open("tr", null).th(words.get("print.budgetLine"))
                .th(words.get("print.initial")).th(words.get("print.adjusted")).th(words.get("print.executed"))
                .close("tr").close("thead").open("tbody", null);
        line("print.budgetTotal", budget.total());
        line("print.fiscal", budget.fiscal());
        line("print.other", budget.other());
        line("print.basic", budget.basic());
        line("print.projectSpending", budget.project());
        html.close("tbody").close("table");
        budgetScore(score.budget());
    }

    private void line(String key, BudgetLine line) {
        if (line != null) {
            html.open("tr", null).element("td", "label", words.get(key)).number(line.initial())
                    .number(line.adjusted()).number(line.executed()).close("tr");
        }
    }

    private void budgetScore(BudgetResult result) {
        if (result == null) {
            return;
        }
        html.open("table", "keep").open("thead", null).open("tr", null).th(words.get("print.budgetScoreRow"))
                .th(words.get("print.denominator")).th(words.get("print.rate")).th(words.get("print.weight"))
                .th(words.get("print.selfScore")).th(words.get("print.computedScore")).th(words.get("print.difference"))
                .close("tr").close("thead").open("tbody", null).open("tr", null).td(result.name())
                .td(amount(result.denominator()) + " ("
                        + words.get(result.adjustedUsed() ? "print.adjusted" : "print.initial") + ")")
                .element("td", "number", result.rate() == null ? null : result.rate().toPlainString() + "%")
                .number(result.weight()).number(result.selfScore()).number(result.score())
                .number(result.difference()).close("tr").close("tbody").close("table");
    }

    private static String amount(BigDecimal value) {
        return value == null ? Xhtml.EMPTY : value.toPlainString();
    }

    private void level1() {
        List<Level1Result> blocks = score.level1();
        if (blocks.isEmpty()) {
            return;
        }
        html.element("h2", null, words.get("print.level1Heading"));
        html.open("table", "keep").open("thead", null).open("tr", null).th(words.get("print.level1"))
                .th(words.get("print.weight")).th(words.get("print.weightSum")).th(words.get("print.selfScore"))
                .th(words.get("print.computedScore")).th(words.get("print.difference"))
                .close("tr").close("thead").open("tbody", null);
        for (Level1Result block : blocks) {
            boolean differs = block.difference() != null && block.difference().signum() != 0;
            html.open("tr", null).td(block.name()).number(block.weight()).number(block.weightSum())
                    .number(block.selfScore())
                    .element("td", differs ? "number differs" : "number", amount(block.score()))
                    .number(block.difference()).close("tr");
        }
        html.open("tr", "total").td(words.get("print.total")).number(sumOfWeights(blocks)).td("")
                .number(score.selfTotal()).number(Words.score(score.total())).number(score.totalDifference())
                .close("tr").close("tbody").close("table");
    }

    private static BigDecimal sumOfWeights(List<Level1Result> blocks) {
        return blocks.stream().map(Level1Result::weight).filter(w -> w != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void findings() {
        html.element("h2", null, words.get("print.findings"));
        if (score.findings().isEmpty()) {
            html.element("p", "prose", words.get("print.noFindings"));
            return;
        }
        html.open("table", null).open("thead", null).open("tr", null).th("#").th(words.get("print.severity"))
                .th(words.get("print.finding")).th(words.get("print.where")).close("tr").close("thead")
                .open("tbody", null);
        int n = 0;
        for (Finding finding : score.findings()) {
            html.open("tr", null).element("td", "center", String.valueOf(++n))
                    .element("td", "center", words.label(finding.severity())).td(words.text(finding.text()))
                    .td(words.text(finding.place())).close("tr");
        }
        html.close("tbody").close("table");
    }

    private void stamp() {
        html.open("table", "stamp").open("tbody", null).open("tr", null)
                .td(words.get("print.seal")).td(words.get("print.signature")).td(words.get("print.date"))
                .close("tr").close("tbody").close("table");
    }
}
