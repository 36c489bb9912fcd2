package org.perfeval.scoring.engine;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.text.Text;

/** The row being scored, with its effective weight and where it is; one per scorer, moved from row to row. */
final class ScoringRow {

    /** Row pointers for typical forms, made once: a finding's pointer should not cost a string per row. */
    private static final String[] POINTERS = new String[200];

    static {
        for (int i = 0; i < POINTERS.length; i++) {
            POINTERS[i] = "/indicators/" + i;
        }
    }

    Indicator row;
    BigDecimal weight;
    int index;
    String pointer;
    private Text place;

    ScoringRow at(int index, Indicator indicator, BigDecimal effectiveWeight) {
        this.row = indicator;
        this.weight = effectiveWeight;
        this.index = index;
        this.pointer = index < POINTERS.length ? POINTERS[index] : "/indicators/" + index;
        this.place = null;
        return this;
    }

    /** Made for the row's first finding only: most rows have none. */
    Text place() {
        if (place == null) {
            place = Places.row(index, row.level3());
        }
        return place;
    }

    /** No actual: an error when the department still gave itself a score, else that it was not given. */
    void missingActual(Findings findings) {
        if (row.selfScore() != null && row.selfScore().signum() > 0) {
            findings.add(FindingCode.ACTUAL_MISSING, pointer + "/actual", place(), row.selfScore());
        } else {
            findings.add(FindingCode.ACTUAL_NOT_GIVEN, pointer + "/actual", place());
        }
    }
}
