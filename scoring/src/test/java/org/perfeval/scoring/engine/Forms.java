package org.perfeval.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.SelfReported;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.ScoreResult;

/** Builds small forms for rule tests: a valid Henan department form whose rows can be replaced. */
final class Forms {

    private Forms() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Indicator row(String level1, String target, String unit, String actual, String weight, String selfScore) {
        return row(level1, target, unit, actual, weight, selfScore, null);
    }

    static Indicator row(String level1, String target, String unit, String actual, String weight, String selfScore,
                         Tier tier) {
        return new Indicator(level1, "二级", "三级" + target, target, unit, actual, d(weight),
                selfScore == null ? null : d(selfScore), tier, null, false);
    }

    /** A form with full marks: budget fully executed, and rows 投入 20, 产出 40, 效益 30 all met. */
    static List<Indicator> fullRows() {
        List<Indicator> rows = new ArrayList<>();
        rows.add(row("投入管理指标", "≥99", "%", "100", "20", "20"));
        rows.add(row("产出指标", "≥10", "件", "12", "40", "40"));
        rows.add(row("效益指标", "满意", "定性指标", "满意", "30", "30"));
        return rows;
    }

    static SelfEvaluationDocument form(List<Indicator> rows) {
        return form(rows, null, new Budget(d("100"), null, d("100"), null, null, null, null), null);
    }

    static SelfEvaluationDocument form(List<Indicator> rows, List<Level1Weight> level1, Budget budget,
                                       SelfReported self) {
        return new SelfEvaluationDocument(EvaluationKind.DEPARTMENT_OVERALL, null, "测试单位", null, 2024,
                AmountUnit.TEN_THOUSAND_YUAN, null, List.of(), budget, level1, rows, self, null);
    }

    /** The full form with its 产出 row replaced by {@code row} padded to weight 40 with a met row. */
    static SelfEvaluationDocument withOutputRow(Indicator row) {
        List<Indicator> rows = fullRows();
        BigDecimal rest = d("40").subtract(row.weight());
        rows.set(1, row);
        if (rest.signum() > 0) {
            rows.add(row("产出指标", "≥1", "件", "1", rest.toPlainString(), rest.toPlainString()));
        }
        return form(rows);
    }

    static RowResult scoreRow(Indicator row) {
        return Scorer.withBuiltInSchemes().score(withOutputRow(row)).indicators().get(1);
    }

    static List<FindingCode> codes(ScoreResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }
}
