package org.perfeval.scoring.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.SelfReported;
import org.perfeval.scoring.document.json.JsonPointers;
import org.perfeval.scoring.result.BudgetResult;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.Level1Result;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.perfeval.scoring.text.Text;

/** Compares what the department wrote as its result with what the rows give, and with its own arithmetic. */
final class SelfReportCheck {

    private static final Text AT_CAP = Text.of("fragment.atCap");

    private SelfReportCheck() {
    }

    /** {@code rowSelfSums}: per block, the sum of its rows' self scores, or null when a row has none. */
    static void check(ScoringScheme scheme, SelfReported self, BudgetResult budget, Level1Blocks blocks,
                      List<Level1Result> level1, List<BigDecimal> rowSelfSums, BigDecimal total, Grade grade,
                      Findings findings) {
        if (self == null) {
            return;
        }
        String p = "/selfReported";
        if (self.budgetScore() != null && budget.difference() != null && budget.difference().signum() != 0) {
            findings.add(FindingCode.SELF_BUDGET_SCORE_DIFFERS, p + "/budgetScore", Places.SELF_BUDGET_SCORE,
                    self.budgetScore(), budget.score());
        }
        BigDecimal partsSum = self.budgetScore() == null ? BigDecimal.ZERO : self.budgetScore();
        int partsGiven = self.budgetScore() == null ? 0 : 1;
        for (Map.Entry<String, BigDecimal> entry : self.level1Scores().entrySet()) {
            int index = blocks.indexOf(entry.getKey());
            if (index < 0) {
                findings.add(FindingCode.SELF_LEVEL1_UNKNOWN, pointer(entry.getKey()),
                        Places.selfSubtotal(entry.getKey()), entry.getKey());
                continue;
            }
            Level1Result block = level1.get(index);
            BigDecimal given = entry.getValue();
            if (block.budget()) {
                if (self.budgetScore() == null) {
                    partsSum = partsSum.add(given);
                    partsGiven++;
                    if (given.compareTo(block.score()) != 0) {
                        findings.add(FindingCode.SELF_BUDGET_SCORE_DIFFERS, pointer(entry.getKey()),
                                Places.selfSubtotal(entry.getKey()), given, block.score());
                    }
                }
                continue;
            }
            partsSum = partsSum.add(given);
            partsGiven++;
            // one finding per subtotal: that it is not its own rows' sum says more than that the rules differ
            BigDecimal rowsSelf = rowSelfSums.get(index);
            if (rowsSelf != null && given.compareTo(rowsSelf) != 0) {
                findings.add(FindingCode.SELF_LEVEL1_NOT_SUM_OF_ROWS, pointer(entry.getKey()),
                        Places.selfSubtotal(entry.getKey()), given, rowsSelf,
                        given.compareTo(block.weight()) == 0 ? AT_CAP : null);
            } else if (given.compareTo(block.score()) != 0) {
                findings.add(FindingCode.SELF_LEVEL1_SCORE_DIFFERS, pointer(entry.getKey()),
                        Places.selfSubtotal(entry.getKey()), given, block.score());
            }
        }
        if (self.total() != null) {
            if (scheme.rounding().apply(self.total()).compareTo(total) != 0) {
                findings.add(FindingCode.SELF_TOTAL_DIFFERS, p + "/total", Places.SELF_TOTAL, self.total(), total);
            }
            if (partsGiven == blocks.all().size() && partsSum.compareTo(self.total()) != 0) {
                findings.add(FindingCode.SELF_TOTAL_NOT_SUM_OF_PARTS, p + "/total", Places.SELF_TOTAL, self.total(),
                        partsSum);
            }
        }
        if (self.grade() != null && self.grade() != grade) {
            findings.add(FindingCode.SELF_GRADE_DIFFERS, p + "/grade", Places.SELF_GRADE, self.grade(), total, grade);
        }
    }

    /**
     * A form with no subtotals (or an edited one) still says what its rows give: the self-reported total against the
     * department's own budget score plus every applicable row's own score, when all of them are given.
     */
    static void checkTotalAgainstRows(SelfReported self, BudgetResult budget, List<RowResult> rows,
                                      Findings findings) {
        if (self == null || self.total() == null || !self.level1Scores().isEmpty() || budget.selfScore() == null) {
            return;
        }
        BigDecimal sum = budget.selfScore();
        for (RowResult row : rows) {
            if (!row.applicable()) {
                continue;
            }
            if (row.selfScore() == null) {
                return;
            }
            sum = sum.add(row.selfScore());
        }
        if (sum.compareTo(self.total()) != 0) {
            findings.add(FindingCode.SELF_TOTAL_NOT_SUM_OF_ROWS, "/selfReported/total", Places.SELF_TOTAL,
                    self.total(), sum);
        }
    }

    private static String pointer(String level1Name) {
        return JsonPointers.child("/selfReported/level1Scores", level1Name);
    }
}
