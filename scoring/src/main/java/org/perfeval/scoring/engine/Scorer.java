package org.perfeval.scoring.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.Adjudication;
import org.perfeval.scoring.result.BudgetResult;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.Level1Result;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.scheme.Rounding;
import org.perfeval.scoring.scheme.SchemeRegistry;
import org.perfeval.scoring.scheme.ScoringScheme;

/**
 * Recomputes a self-evaluation form with the published rules of a scheme and points out every discrepancy. Thread
 * safe; never throws on odd input (an odd value becomes a finding).
 */
public final class Scorer {

    private final SchemeRegistry schemes;
    private final LongConsumer timing;

    public Scorer(SchemeRegistry schemes) {
        this(schemes, nanos -> { });
    }

    /** A scorer that tells {@code timing} how many nanoseconds each scoring took, for whoever measures it. */
    public Scorer(SchemeRegistry schemes, LongConsumer timing) {
        this.schemes = schemes;
        this.timing = timing;
    }

    public static Scorer withBuiltInSchemes() {
        return new Scorer(SchemeRegistry.builtIn());
    }

    public SchemeRegistry schemes() {
        return schemes;
    }

    /** Scores with the scheme the document names, or the default for its kind. */
    public ScoreResult score(SelfEvaluationDocument document) {
        return score(document, document.scheme());
    }

    /** Scores with the scheme {@code schemeId} (null: the document's, or the default for its kind). */
    public ScoreResult score(SelfEvaluationDocument document, String schemeId) {
        return score(document, schemeId, List.of());
    }

    /**
     * Scores with the scheme the document names (or the default for its kind) and the finance reviewer's decisions
     * on rows the rules could not decide, as {@link #score(SelfEvaluationDocument, ScoringScheme, List)} does.
     */
    public ScoreResult score(SelfEvaluationDocument document, List<Adjudication> decided) {
        return score(document, document.scheme(), decided);
    }

    private ScoreResult score(SelfEvaluationDocument document, String schemeId, List<Adjudication> decided) {
        EvaluationKind kind = document.kind() == null ? EvaluationKind.DEPARTMENT_OVERALL : document.kind();
        ScoringScheme fallback = schemes.defaultFor(kind);
        if (schemeId == null || schemeId.isBlank()) {
            schemeId = document.scheme();
        }
        if (schemeId == null || schemeId.isBlank()) {
            return score(document, fallback, new Findings(), decided);
        }
        Findings findings = new Findings();
        ScoringScheme scheme = schemes.find(schemeId).orElse(null);
        if (scheme == null) {
            findings.add(FindingCode.SCHEME_UNKNOWN, "/scheme", Places.SCHEME, schemeId,
                    SchemeIndex.of(fallback).name);
            scheme = fallback;
        }
        return score(document, scheme, findings, decided);
    }

    public ScoreResult score(SelfEvaluationDocument document, ScoringScheme scheme) {
        return score(document, scheme, new Findings());
    }

    /**
     * Scores with the finance reviewer's decisions on rows the rules could not decide: such a row takes the decided
     * score (within its weight) instead of the department's, and the total is final once every such row is decided.
     * A decision on a row the rules do decide changes nothing.
     */
    public ScoreResult score(SelfEvaluationDocument document, ScoringScheme scheme, List<Adjudication> decided) {
        Findings findings = new Findings();
        return score(document, scheme, findings, decided);
    }

    private ScoreResult score(SelfEvaluationDocument document, ScoringScheme scheme, Findings findings) {
        return score(document, scheme, findings, List.of());
    }

    private ScoreResult score(SelfEvaluationDocument document, ScoringScheme scheme, Findings findings,
                              List<Adjudication> decided) {
        long start = System.nanoTime();
        try {
            return compute(document, scheme, findings, decided);
        } finally {
            timing.accept(System.nanoTime() - start);
        }
    }

    private ScoreResult compute(SelfEvaluationDocument document, ScoringScheme scheme, Findings findings,
                                List<Adjudication> decided) {
        if (document.kind() != null && document.kind() != scheme.kind()) {
            findings.add(FindingCode.SCHEME_KIND_MISMATCH, "/kind", Places.KIND, SchemeIndex.of(scheme).name,
                    scheme.kind(), document.kind());
        }
        Level1Blocks blocks = Level1Blocks.of(scheme, document.level1(), findings);
        int budgetIndex = blocks.budgetIndex();
        BigDecimal selfBudget = document.selfReported() == null ? null : document.selfReported().budgetScore();
        BudgetResult budget = BudgetScorer.score(scheme, budgetIndex < 0 ? null : blocks.all().get(budgetIndex),
                document.budget(), selfBudget, findings);
        BudgetConsistency.check(document.budget(), document.tasks(), findings);

        Tally tally = new Tally(blocks.all().size());
        List<RowResult> rows = new ArrayList<>(document.indicators().size());
        RowScorer rowScorer = new RowScorer(scheme, findings, decided);
        for (int i = 0; i < document.indicators().size(); i++) {
            Indicator indicator = document.indicators().get(i);
            RowResult row = rowScorer.score(i, indicator);
            rows.add(row);
            tally.add(i, row, indicator, blocks, budgetIndex, findings);
        }
        List<Level1Result> level1 = level1Results(scheme, document, blocks, budget, tally, findings);
        BigDecimal total = total(scheme, blocks, level1, tally, findings);
        Grade grade = scheme.gradeOf(total);
        SelfReportCheck.check(scheme, document.selfReported(), budget, blocks, level1,
                tally.selfSums(), total, grade, findings);
        SelfReportCheck.checkTotalAgainstRows(document.selfReported(), budget, rows, findings);
        return new ScoreResult(scheme.id(), scheme.version(), total, grade, budget, level1, rows, findings.list(),
                document.selfReported() == null ? null : document.selfReported().total(),
                document.selfReported() == null ? null : document.selfReported().grade());
    }

    private static List<Level1Result> level1Results(ScoringScheme scheme, SelfEvaluationDocument document,
                                                    Level1Blocks blocks, BudgetResult budget, Tally tally,
                                                    Findings findings) {
        List<Level1Result> results = new ArrayList<>();
        for (int i = 0; i < blocks.all().size(); i++) {
            Level1Blocks.Block block = blocks.all().get(i);
            String name = block.definition().name();
            BigDecimal self = document.selfReported() == null ? null
                    : selfSubtotal(document.selfReported().level1Scores(), name);
            if (block.definition().budget()) {
                BigDecimal selfScore = budget.selfScore() != null ? budget.selfScore() : self;
                results.add(new Level1Result(name, block.weight(), block.definition().fixed(), true, block.weight(),
                        budget.score(), selfScore, selfScore == null ? null : selfScore.subtract(budget.score())));
                continue;
            }
            BigDecimal weightSum = tally.weightSum(i, scheme.rounding());
            if (weightSum.compareTo(block.weight()) != 0) {
                String fallback = tally.firstRow[i] >= 0 ? "/indicators/" + tally.firstRow[i] : "/indicators";
                findings.add(FindingCode.LEVEL1_WEIGHT_SUM_MISMATCH, block.pointer(fallback), Places.level1(name),
                        weightSum, block.weight());
            }
            BigDecimal score = tally.score(i, scheme.rounding());
            results.add(new Level1Result(name, block.weight(), block.definition().fixed(), false, weightSum, score,
                    self, self == null ? null : self.subtract(score)));
        }
        return results;
    }

    private static BigDecimal selfSubtotal(Map<String, BigDecimal> level1Scores, String name) {
        BigDecimal exact = level1Scores.get(name);
        if (exact != null) {
            return exact;
        }
        String key = Level1Blocks.key(name);
        for (Map.Entry<String, BigDecimal> entry : level1Scores.entrySet()) {
            if (Level1Blocks.key(entry.getKey()).equals(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The sum of the rounded parts; with rows not applicable, re-based so that a full score is still 100. */
    private static BigDecimal total(ScoringScheme scheme, Level1Blocks blocks, List<Level1Result> level1, Tally tally,
                                    Findings findings) {
        BigDecimal raw = BigDecimal.ZERO;
        for (Level1Result block : level1) {
            raw = raw.add(block.score());
        }
        if (tally.notApplicableCount == 0) {
            return capped(scheme, scheme.rounding().apply(raw), findings);
        }
        BigDecimal notApplicable = tally.notApplicableWeight();
        BigDecimal attainable = blocks.weightSum().subtract(notApplicable);
        findings.add(FindingCode.NOT_APPLICABLE_REBASED, "/indicators", Places.INDICATORS, tally.notApplicableCount,
                notApplicable, attainable);
        if (attainable.signum() <= 0) {
            return scheme.rounding().apply(BigDecimal.ZERO);
        }
        return scheme.rounding().apply(raw.multiply(scheme.total()).divide(attainable, MathContext.DECIMAL64));
    }

    /** No total exceeds the full score: a form whose block weights add to more (110) is scored out of 100. */
    private static BigDecimal capped(ScoringScheme scheme, BigDecimal total, Findings findings) {
        if (total.compareTo(scheme.total()) <= 0) {
            return total;
        }
        BigDecimal full = scheme.rounding().apply(scheme.total());
        findings.add(FindingCode.TOTAL_CAPPED, "/indicators", Places.INDICATORS, total, full);
        return full;
    }

    /** Running sums per block while rows are scored. */
    private static final class Tally {
        final DecimalSum[] weightSums;
        final DecimalSum[] scores;
        final DecimalSum[] selfSums;
        final int[] firstRow;
        final DecimalSum notApplicableWeight = new DecimalSum();
        int notApplicableCount;

        Tally(int blocks) {
            weightSums = new DecimalSum[blocks];
            scores = new DecimalSum[blocks];
            selfSums = new DecimalSum[blocks];
            firstRow = new int[blocks];
            for (int i = 0; i < blocks; i++) {
                weightSums[i] = new DecimalSum();
                scores[i] = new DecimalSum();
                selfSums[i] = new DecimalSum();
            }
            Arrays.fill(firstRow, -1);
        }

        void add(int index, RowResult row, Indicator indicator, Level1Blocks blocks, int budgetIndex,
                 Findings findings) {
            int block = blocks.indexOf(row.level1());
            if (block < 0) {
                findings.add(FindingCode.INDICATOR_LEVEL1_UNKNOWN, "/indicators/" + index + "/level1",
                        Places.row(index, row.level3()), row.level1());
                return;
            }
            if (block == budgetIndex) {
                findings.add(FindingCode.INDICATOR_IN_BUDGET_BLOCK, "/indicators/" + index + "/level1",
                        Places.row(index, row.level3()), row.level1());
                return;
            }
            if (firstRow[block] < 0) {
                firstRow[block] = index;
            }
            BigDecimal weight = indicator.weight() == null || indicator.weight().signum() < 0 ? BigDecimal.ZERO
                    : indicator.weight();
            weightSums[block].add(weight);
            if (!row.applicable()) {
                notApplicableWeight.add(weight);
                notApplicableCount++;
                return;
            }
            // a row that earned its weight adds the weight as written (a whole number on most forms) when rounding
            // left it unchanged, so a block is still the sum of its rows' rounded scores
            boolean earnedWeight = row.score() == row.weight() && weight.scale() <= row.score().scale();
            scores[block].add(earnedWeight ? weight : row.score());
            selfSums[block].add(row.selfScore());
        }

        BigDecimal weightSum(int block, Rounding rounding) {
            return rounding.apply(weightSums[block].value());
        }

        BigDecimal score(int block, Rounding rounding) {
            return rounding.apply(scores[block].value());
        }

        BigDecimal notApplicableWeight() {
            return notApplicableWeight.value();
        }

        List<BigDecimal> selfSums() {
            List<BigDecimal> sums = new ArrayList<>(selfSums.length);
            for (DecimalSum sum : selfSums) {
                sums.add(sum.value());
            }
            return sums;
        }
    }
}
