package org.perfeval.scoring.engine;

import org.perfeval.scoring.text.Text;

/**
 * Where a finding is, in the words people use for the form ("第 8 行 结转结余率", "调整预算数"), beside the JSON
 * pointer that links to it. Fixed places are made once; a row's place only when a finding needs it.
 */
final class Places {

    static final Text FORM = Text.of("place.form");
    static final Text SCHEME = Text.of("place.scheme");
    static final Text KIND = Text.of("place.kind");
    static final Text BUDGET = Text.of("place.budget");
    static final Text BUDGET_INITIAL = Text.of("place.budget.initial");
    static final Text BUDGET_ADJUSTED = Text.of("place.budget.adjusted");
    static final Text BUDGET_EXECUTED = Text.of("place.budget.executed");
    static final Text BUDGET_SOURCES = Text.of("place.budget.sources");
    static final Text BUDGET_STRUCTURE = Text.of("place.budget.structure");
    static final Text TASKS = Text.of("place.tasks");
    static final Text LEVEL1_ALL = Text.of("place.level1.all");
    static final Text INDICATORS = Text.of("place.indicators");
    static final Text SELF_BUDGET_SCORE = Text.of("place.self.budgetScore");
    static final Text SELF_TOTAL = Text.of("place.self.total");
    static final Text SELF_GRADE = Text.of("place.self.grade");

    private Places() {
    }

    /** A 三级指标 row by its number counted from 1, as forms print it, and its name. */
    static Text row(int index, String level3) {
        return level3 == null || level3.isBlank() ? Text.of("place.row.unnamed", index + 1)
                : Text.of("place.row", index + 1, level3);
    }

    static Text level1(String name) {
        return Text.of("place.level1", name);
    }

    static Text level1Weight(String name) {
        return Text.of("place.level1.weight", name);
    }

    static Text selfSubtotal(String level1Name) {
        return Text.of("place.self.subtotal", level1Name);
    }
}
