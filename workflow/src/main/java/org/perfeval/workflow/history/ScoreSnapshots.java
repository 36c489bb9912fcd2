package org.perfeval.workflow.history;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.workflow.process.WorkflowAction;
import org.springframework.data.repository.Repository;

/** Score snapshots are written once and never changed. */
interface ScoreSnapshots extends Repository<ScoreSnapshot, Long> {

    ScoreSnapshot save(ScoreSnapshot snapshot);

    List<ScoreSnapshot> findByEvaluationIdOrderByIdAsc(long evaluationId);

    Optional<ScoreSnapshot> findFirstByEvaluationIdAndActionInOrderByIdDesc(long evaluationId,
                                                                             Collection<WorkflowAction> actions);

    Optional<ScoreSnapshot> findFirstByEvaluationIdAndStageAndActionOrderByIdDesc(long evaluationId,
                                                                                  EvaluationStatus stage,
                                                                                  WorkflowAction action);
}
