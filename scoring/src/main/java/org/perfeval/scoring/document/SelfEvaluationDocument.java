package org.perfeval.scoring.document;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One filled 绩效自评表 in the interchange format, version 1.
 * {@code report} (section → text) is PerfEval's addition: the written report travels with its table.
 */
public record SelfEvaluationDocument(EvaluationKind kind, String scheme, String department, String project,
                                     int year, AmountUnit amountUnit, AnnualGoal annualGoal, List<MainTask> tasks,
                                     Budget budget, List<Level1Weight> level1, List<Indicator> indicators,
                                     SelfReported selfReported, Map<ReportSection, String> report) {

    public static final String FORMAT = "perfeval/self-evaluation@1";

    public SelfEvaluationDocument {
        tasks = List.copyOf(tasks);
        level1 = level1 == null ? null : List.copyOf(level1);
        indicators = List.copyOf(indicators);
        EnumMap<ReportSection, String> sections = new EnumMap<>(ReportSection.class);
        if (report != null) {
            sections.putAll(report);
        }
        report = Collections.unmodifiableMap(sections);
    }
}
