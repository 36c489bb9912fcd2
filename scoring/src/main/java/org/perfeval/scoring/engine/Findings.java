package org.perfeval.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.text.Text;

/** Collects the findings of one scoring run. */
final class Findings {

    private final List<Finding> list = new ArrayList<>(32);

    void add(FindingCode code, String pointer, Text place, Object... args) {
        list.add(new Finding(code, code.severity(), pointer, place, Arrays.asList(args)));
    }

    List<Finding> list() {
        return list;
    }
}
