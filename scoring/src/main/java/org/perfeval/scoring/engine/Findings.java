package org.perfeval.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the findings of one scoring run. */
final class Findings {

    private final List<Finding> list = new ArrayList<>(32);

    void add(FindingCode code, String pointer, Object... args) {
        list.add(new Finding(code, code.severity(), pointer, Arrays.asList(args)));
    }

    /** For the one finding whose severity depends on the case (a missing actual with or without a score). */
    void add(FindingCode code, Severity severity, String pointer, Object... args) {
        list.add(new Finding(code, severity, pointer, Arrays.asList(args)));
    }

    List<Finding> list() {
        return list;
    }
}
