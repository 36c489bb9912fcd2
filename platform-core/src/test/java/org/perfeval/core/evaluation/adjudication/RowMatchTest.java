package org.perfeval.core.evaluation.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.Samples;

/** A decision keeps to its row across edits: by position while the name holds, else the one row of that name. */
class RowMatchTest {

    private static final int PURCHASES = 19;

    private final SelfEvaluationDocument seed = Samples.jinshui2021();

    private static RowAdjudication on(int row, String level3) {
        return new RowAdjudication(1L, row, level3, new BigDecimal("4.5"), "佐证材料显示仅采购 120 件", "bureau.reviewer",
                Instant.parse("2026-12-04T03:00:00Z"));
    }

    @Test
    void aDecisionStaysWithItsRowWhileTheRowKeepsItsPlaceAndName() {
        RowAdjudication decision = on(PURCHASES, "办公用品采购数量");

        assertThat(RowMatch.of(List.of(decision), seed.indicators())).containsEntry(decision, PURCHASES);
    }

    @Test
    void aDecisionFollowsItsRowWhenAnEditMovesIt() {
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        Indicator moved = rows.remove(PURCHASES);
        rows.add(0, moved);
        RowAdjudication decision = on(PURCHASES, "办公用品采购数量");

        assertThat(RowMatch.of(List.of(decision), rows)).containsEntry(decision, 0);
    }

    @Test
    void aDecisionWhoseRowIsGoneOrAmbiguousNoLongerApplies() {
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        rows.remove(PURCHASES);
        RowAdjudication gone = on(PURCHASES, "办公用品采购数量");
        RowAdjudication unknown = on(3, "不存在的指标");

        Map<RowAdjudication, Integer> matched = RowMatch.of(List.of(gone, unknown), rows);

        assertThat(matched).isEmpty();
    }

    @Test
    void twoDecisionsNeverClaimOneRow() {
        RowAdjudication atItsPlace = on(PURCHASES, "办公用品采购数量");
        RowAdjudication stale = on(40, "办公用品采购数量");

        assertThat(RowMatch.of(List.of(atItsPlace, stale), seed.indicators())).containsOnlyKeys(atItsPlace);
    }
}
