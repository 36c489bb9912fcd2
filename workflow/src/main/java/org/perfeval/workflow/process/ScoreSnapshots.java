package org.perfeval.workflow.process;

import java.util.Collection;
import java.util.List;
import java.util.Collection;
import java.util.Optional;

import org.perfeval.core.evaluation.EvaluationStatus;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Score snapshots are written once and never changed. */
interface ScoreSnapshots extends Repository<ScoreSnapshot, Long> {

    ScoreSnapshot save(ScoreSnapshot snapshot);

    List<ScoreSnapshot> findByEvaluationIdOrderByIdAsc(long evaluationId);

    Optional<ScoreSnapshot> findFirstByEvaluationIdOrderByIdDesc(long evaluationId);

    /** Per evaluation of {@code ids} that has one: its id, and the total and grade of its latest snapshot. */
    @Query("select s.evaluationId, s.total, s.grade from ScoreSnapshot s where s.id in (select max(s2.id)"
            + " from ScoreSnapshot s2 where s2.evaluationId in :ids group by s2.evaluationId)")
    List<Object[]> findLatestTotals(Collection<Long> ids);

    Optional<ScoreSnapshot> findFirstByEvaluationIdAndActionInOrderByIdDesc(long evaluationId,
                                                                             Collection<WorkflowAction> actions);

    Optional<ScoreSnapshot> findFirstByEvaluationIdAndStageAndActionOrderByIdDesc(long evaluationId,
                                                                                  EvaluationStatus stage,
                                                                                  WorkflowAction action);
}
