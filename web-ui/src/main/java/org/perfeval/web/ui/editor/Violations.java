package org.perfeval.web.ui.editor;

import java.util.List;
import java.util.stream.Collectors;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.result.Finding;
import org.perfeval.web.i18n.Shown;

/** Refusals as lines a drafter can act on; each text names its place as people do (第 8 行 …). */
final class Violations {

    private Violations() {
    }

    static String describe(List<FieldRefusal> fields) {
        return fields.stream().map(field -> "· " + Shown.text(field.text())).collect(Collectors.joining("\n"));
    }

    static String describeFindings(List<Finding> findings) {
        return findings.stream().map(finding -> "· " + Shown.text(finding.text())).collect(Collectors.joining("\n"));
    }
}
