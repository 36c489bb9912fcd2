package org.perfeval.workflow.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.perfeval.scoring.document.Indicator;

/** Which indicator rows differ between two versions of a form, so reviewers see what a resubmission changed. */
final class ChangedRows {

    private ChangedRows() {
    }

    /** The 0-based rows that differ between {@code before} and {@code now}, rows added or removed included. */
    static List<Integer> between(List<Indicator> before, List<Indicator> now) {
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), now.size()); i++) {
            if (i >= before.size() || i >= now.size() || !same(before.get(i), now.get(i))) {
                changed.add(i);
            }
        }
        return changed;
    }

    private static boolean same(Indicator a, Indicator b) {
        return Objects.equals(a.level1(), b.level1()) && Objects.equals(a.level2(), b.level2())
                && Objects.equals(a.level3(), b.level3()) && Objects.equals(a.target(), b.target())
                && Objects.equals(a.unit(), b.unit()) && Objects.equals(a.actual(), b.actual())
                && sameNumber(a.weight(), b.weight()) && sameNumber(a.selfScore(), b.selfScore())
                && a.tier() == b.tier() && Objects.equals(a.deviationReason(), b.deviationReason())
                && a.notApplicable() == b.notApplicable();
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
