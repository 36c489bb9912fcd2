package org.perfeval.workflow.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.workflow.process.WorkflowAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The score snapshots of an evaluation: how its score stood at every step. */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    private final ScoreSnapshots snapshots;
    private final EvaluationStages stages;

    HistoryService(ScoreSnapshots snapshots, EvaluationStages stages) {
        this.snapshots = snapshots;
        this.stages = stages;
    }

    @LoggedIn
    public List<ScoreSnapshotView> scoreHistory(long evaluationId) {
        stages.requireReadable(evaluationId);
        return snapshots.findByEvaluationIdOrderByIdAsc(evaluationId).stream().map(ScoreSnapshot::toView).toList();
    }

    /** The snapshot of the finance bureau's latest approval: the score a disclosure publishes. */
    @LoggedIn
    public Optional<ScoreSnapshotView> financeApproval(long evaluationId) {
        stages.requireReadable(evaluationId);
        return snapshots.findFirstByEvaluationIdAndStageAndActionOrderByIdDesc(evaluationId,
                EvaluationStatus.FINANCE_CHECK, WorkflowAction.APPROVE).map(ScoreSnapshot::toView);
    }

    /**
     * When the finance bureau approved a report that has been disclosed, for the footer of its public PDF. Asks for
     * no login because a disclosed report is public, approval included; its one caller, the public report, asks
     * only about reports it has found disclosed.
     */
    public Optional<Instant> approvalOfDisclosed(long evaluationId) {
        return snapshots.findFirstByEvaluationIdAndStageAndActionOrderByIdDesc(evaluationId,
                EvaluationStatus.FINANCE_CHECK, WorkflowAction.APPROVE).map(snapshot -> snapshot.toView().at());
    }
}
