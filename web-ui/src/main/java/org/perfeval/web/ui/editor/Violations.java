package org.perfeval.web.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.perfeval.scoring.document.Violation;
import org.perfeval.scoring.engine.Finding;

/** Refusals as lines a drafter can act on: where (row numbers counted from 1), then what. */
final class Violations {

    private Violations() {
    }

    static String describe(List<Violation> violations, Locale locale) {
        boolean chinese = !"en".equals(locale.getLanguage());
        return violations.stream().map(v -> "· " + where(v.pointer(), chinese) + (chinese ? v.messageZh() : v.message()))
                .collect(Collectors.joining("\n"));
    }

    static String describeFindings(List<Finding> findings, Locale locale) {
        boolean chinese = !"en".equals(locale.getLanguage());
        return findings.stream().map(f -> "· " + where(f.pointer(), chinese)
                + (chinese ? f.message().zh() : f.message().en())).collect(Collectors.joining("\n"));
    }

    private static String where(String pointer, boolean chinese) {
        int row = ScorePanel.rowOf(pointer);
        if (row >= 0) {
            return (chinese ? "第 " + (row + 1) + " 行：" : "row " + (row + 1) + ": ");
        }
        return pointer == null || pointer.isEmpty() ? "" : pointer + "：";
    }
}
