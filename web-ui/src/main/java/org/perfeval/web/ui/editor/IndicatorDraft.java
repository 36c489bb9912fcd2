package org.perfeval.web.ui.editor;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.Tier;

/** One indicator row while it is edited: every field changeable, turned back into a record to score or save. */
final class IndicatorDraft {

    String level1;
    String level2;
    String level3;
    String target;
    String unit;
    String actual;
    BigDecimal weight;
    BigDecimal selfScore;
    Tier tier;
    String deviationReason;
    boolean notApplicable;
    Direction direction;

    static IndicatorDraft of(Indicator row) {
        IndicatorDraft draft = new IndicatorDraft();
        draft.level1 = row.level1();
        draft.level2 = row.level2();
        draft.level3 = row.level3();
        draft.target = row.target();
        draft.unit = row.unit();
        draft.actual = row.actual();
        draft.weight = row.weight();
        draft.selfScore = row.selfScore();
        draft.tier = row.tier();
        draft.deviationReason = row.deviationReason();
        draft.notApplicable = row.notApplicable();
        draft.direction = row.direction();
        return draft;
    }

    static IndicatorDraft blank(String level1) {
        IndicatorDraft draft = new IndicatorDraft();
        draft.level1 = level1;
        draft.level2 = "";
        draft.level3 = "";
        draft.target = "";
        draft.actual = "";
        draft.weight = BigDecimal.ZERO;
        return draft;
    }

    boolean qualitative() {
        return Indicator.QUALITATIVE_UNIT.equals(unit);
    }

    Indicator toIndicator() {
        return new Indicator(level1, level2, level3, target, unit, actual, weight, selfScore,
                qualitative() ? tier : null, deviationReason, notApplicable, direction);
    }
}
