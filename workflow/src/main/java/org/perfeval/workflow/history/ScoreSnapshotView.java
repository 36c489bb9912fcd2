package org.perfeval.workflow.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.workflow.process.WorkflowAction;

/**
 * A score snapshot: at which stage and action, by whom, with which scheme, the total and grade, the findings (as
 * the scorer's JSON) and the 0-based rows changed since the previous submission.
 */
public record ScoreSnapshotView(Long id, EvaluationStatus stage, WorkflowAction action, String actor, Instant at,
                                String schemeId, int schemeVersion, BigDecimal total, String grade, int errorCount,
                                String findingsJson, List<Integer> changedRows) {
}
