package org.perfeval.scoring.document.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.text.Text;

/**
 * Where a field of the interchange document is on the form, in the words people use for it: "第 8 行“分值”" for
 * /indicators/7/weight, "预算情况·调整预算数" for /budget/adjusted, a subtotal by its 一级指标's name, a report section
 * by its heading. Rows are counted from 1, as findings count them and as the form numbers them.
 */
final class DocumentPlaces {

    static final Text DOCUMENT = Text.of("place.document");
    private static final String INDICATORS = "indicators";
    private static final String SELF_REPORTED = "selfReported";
    private static final String LEVEL1_SCORES = "level1Scores";
    private static final String REPORT = "report";
    private static final Map<String, Text> ROW_FIELDS = Map.ofEntries(
            Map.entry("level1", Text.of("place.field.indicators.level1")),
            Map.entry("level2", Text.of("place.field.indicators.level2")),
            Map.entry("level3", Text.of("place.field.indicators.level3")),
            Map.entry("target", Text.of("place.field.indicators.target")),
            Map.entry("unit", Text.of("place.field.indicators.unit")),
            Map.entry("actual", Text.of("place.field.indicators.actual")),
            Map.entry("weight", Text.of("place.field.indicators.weight")),
            Map.entry("selfScore", Text.of("place.field.indicators.selfScore")),
            Map.entry("tier", Text.of("place.field.indicators.tier")),
            Map.entry("deviationReason", Text.of("place.field.indicators.deviationReason")),
            Map.entry("notApplicable", Text.of("place.field.indicators.notApplicable")));
    private static final PointerPlaces FIELDS = new PointerPlaces(DOCUMENT, fields());

    private DocumentPlaces() {
    }

    private static Map<String, Text> fields() {
        Map<String, Text> fields = new HashMap<>(Map.ofEntries(
                Map.entry("format", Text.of("place.field.format")),
                Map.entry("kind", Text.of("place.field.kind")),
                Map.entry("scheme", Text.of("place.field.scheme")),
                Map.entry("department", Text.of("place.field.department")),
                Map.entry("project", Text.of("place.field.project")),
                Map.entry("year", Text.of("place.field.year")),
                Map.entry("amountUnit", Text.of("place.field.amountUnit")),
                Map.entry("annualGoal", Text.of("place.field.annualGoal")),
                Map.entry("annualGoal.text", Text.of("place.field.annualGoal.text")),
                Map.entry("annualGoal.completion", Text.of("place.field.annualGoal.completion")),
                Map.entry("tasks", Text.of("place.field.tasks")),
                Map.entry("tasks.name", Text.of("place.field.tasks.name")),
                Map.entry("tasks.content", Text.of("place.field.tasks.content")),
                Map.entry("tasks.budget", Text.of("place.field.tasks.budget")),
                Map.entry("tasks.fiscalBudget", Text.of("place.field.tasks.fiscalBudget")),
                Map.entry("tasks.executed", Text.of("place.field.tasks.executed")),
                Map.entry("tasks.fiscalExecuted", Text.of("place.field.tasks.fiscalExecuted")),
                Map.entry("tasks.completion", Text.of("place.field.tasks.completion")),
                Map.entry("budget", Text.of("place.field.budget")),
                Map.entry("budget.fiscal", Text.of("place.field.budget.fiscal")),
                Map.entry("budget.other", Text.of("place.field.budget.other")),
                Map.entry("budget.basic", Text.of("place.field.budget.basic")),
                Map.entry("budget.project", Text.of("place.field.budget.project")),
                Map.entry("level1", Text.of("place.field.level1")),
                Map.entry("level1.name", Text.of("place.field.level1.name")),
                Map.entry("level1.weight", Text.of("place.field.level1.weight")),
                Map.entry(INDICATORS, Text.of("place.field.indicators")),
                Map.entry(SELF_REPORTED, Text.of("place.field.selfReported")),
                Map.entry("selfReported.budgetScore", Text.of("place.field.selfReported.budgetScore")),
                Map.entry("selfReported.level1Scores", Text.of("place.field.selfReported.level1Scores")),
                Map.entry("selfReported.total", Text.of("place.field.selfReported.total")),
                Map.entry("selfReported.grade", Text.of("place.field.selfReported.grade")),
                Map.entry(REPORT, Text.of("place.field.report"))));
        // the total and each breakdown line have the same three amounts
        Map<String, Text> amounts = Map.of(
                "initial", Text.of("place.field.budget.initial"),
                "adjusted", Text.of("place.field.budget.adjusted"),
                "executed", Text.of("place.field.budget.executed"));
        for (String line : List.of("", ".fiscal", ".other", ".basic", ".project")) {
            amounts.forEach((name, label) -> fields.put("budget" + line + "." + name, label));
        }
        return fields;
    }

    static Text of(String pointer) {
        List<String> tokens = JsonPointers.tokens(pointer);
        if (tokens.size() >= 2 && tokens.getFirst().equals(INDICATORS)) {
            int row = JsonPointers.index(tokens.get(1));
            if (row >= 0) {
                Text field = tokens.size() > 2 ? ROW_FIELDS.get(tokens.get(2)) : null;
                if (field == null) {
                    return Text.of("place.row.unnamed", row + 1);
                }
                return Text.of("place.row.field", row + 1, field);
            }
        }
        if (tokens.size() >= 3 && tokens.getFirst().equals(SELF_REPORTED) && tokens.get(1).equals(LEVEL1_SCORES)) {
            return Text.of("place.self.subtotal", tokens.get(2));
        }
        if (tokens.size() >= 2 && tokens.getFirst().equals(REPORT)) {
            for (ReportSection section : ReportSection.values()) {
                if (section.jsonName().equals(tokens.get(1))) {
                    return Text.of("place.in", FIELDS.of("/" + REPORT), section);
                }
            }
        }
        return FIELDS.of(pointer);
    }
}
