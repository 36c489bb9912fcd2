package org.perfeval.scoring.result;

import java.math.BigDecimal;
import java.util.List;

import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.text.Text;

/**
 * A form recomputed under one scheme (named by id and version): total and grade, the budget block, each 一级 block
 * and each row beside the department's own numbers, and every finding.
 */
public record ScoreResult(String schemeId, int schemeVersion, BigDecimal total, Grade grade, BudgetResult budget,
                          List<Level1Result> level1, List<RowResult> indicators, List<Finding> findings,
                          BigDecimal selfTotal, Grade selfGrade) {

    public ScoreResult {
        level1 = List.copyOf(level1);
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** Rows the rules could not decide, scored with the department's own score until the reviewer decides. */
    public int unverifiedCount() {
        int count = 0;
        for (RowResult row : indicators) {
            if (row.unverified()) {
                count++;
            }
        }
        return count;
    }

    /** Whether the total is provisional (待认定): some row is still unverified. */
    public boolean provisional() {
        return unverifiedCount() > 0;
    }

    /** What a screen shows beside a provisional total ("待认定：1 行待财政审核认定"); null when the total is final. */
    public Text provisionalNote() {
        int unverified = unverifiedCount();
        return unverified == 0 ? null : Text.of("fragment.provisional", unverified);
    }

    /** Self-reported total minus computed total; null when the department gave none. */
    public BigDecimal totalDifference() {
        return selfTotal == null ? null : selfTotal.subtract(total);
    }
}
