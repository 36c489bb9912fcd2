package org.perfeval.workflow.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.document.Indicator;

/** Which rows a resubmission changed, as the score history shows reviewers. */
class ChangedRowsTest {

    private static Indicator row(String name, String actual, String weight) {
        return new Indicator("产出指标", "数量指标", name, "≥100", "%", actual, new BigDecimal(weight), null, null,
                null, false);
    }

    private static final List<Indicator> BEFORE = List.of(row("公文办理", "100", "5"), row("结转结余率", "25.79", "1"),
            row("信息公开", "100", "4"));

    @Test
    void anUnchangedFormChangesNoRow() {
        assertThat(ChangedRows.between(BEFORE, List.copyOf(BEFORE))).isEmpty();
    }

    @Test
    void aChangedActualMarksItsRowOnly() {
        List<Indicator> now = List.of(BEFORE.get(0), row("结转结余率", "19.5", "1"), BEFORE.get(2));
        assertThat(ChangedRows.between(BEFORE, now)).containsExactly(1);
    }

    @Test
    void theSameWeightWrittenWithOtherDecimalsIsNoChange() {
        List<Indicator> now = List.of(row("公文办理", "100", "5.00"), BEFORE.get(1), BEFORE.get(2));
        assertThat(ChangedRows.between(BEFORE, now)).isEmpty();
    }

    @Test
    void addedAndRemovedRowsCountAsChanged() {
        assertThat(ChangedRows.between(BEFORE, BEFORE.subList(0, 2))).containsExactly(2);
        List<Indicator> longer = List.of(BEFORE.get(0), BEFORE.get(1), BEFORE.get(2), row("满意度", "95", "5"));
        assertThat(ChangedRows.between(BEFORE, longer)).containsExactly(3);
    }
}
