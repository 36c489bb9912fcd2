package org.perfeval.core.evaluation.adjudication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.perfeval.scoring.document.Indicator;

/**
 * Which row of the form as it now stands each stored decision belongs to. A decision keeps to the row at its position
 * while that row has the same 三级指标; where an edit moved rows, it follows the one row of that name that no other
 * decision holds; when no row (or more than one) answers, its row is gone and the decision no longer applies. Whether
 * the rules now decide the row is the scorer's business: a decision on such a row is ignored, the rules' score wins.
 */
final class RowMatch {

    private RowMatch() {
    }

    /** The current row of each decision that still has one. */
    static Map<RowAdjudication, Integer> of(List<RowAdjudication> decisions, List<Indicator> rows) {
        Map<RowAdjudication, Integer> matched = new HashMap<>();
        Set<Integer> held = new HashSet<>();
        List<RowAdjudication> displaced = new ArrayList<>();
        for (RowAdjudication decision : decisions) {
            if (decision.row() < rows.size() && rows.get(decision.row()).level3().equals(decision.level3())) {
                matched.put(decision, decision.row());
                held.add(decision.row());
            } else {
                displaced.add(decision);
            }
        }
        for (RowAdjudication decision : displaced) {
            int only = onlyFreeRowNamed(decision.level3(), rows, held);
            if (only >= 0) {
                matched.put(decision, only);
                held.add(only);
            }
        }
        return matched;
    }

    private static int onlyFreeRowNamed(String level3, List<Indicator> rows, Set<Integer> held) {
        int found = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!held.contains(i) && rows.get(i).level3().equals(level3)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }
}
