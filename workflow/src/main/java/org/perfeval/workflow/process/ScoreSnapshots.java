package org.perfeval.workflow.process;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Score snapshots are written once and never changed. */
interface ScoreSnapshots extends Repository<ScoreSnapshot, Long> {

    ScoreSnapshot save(ScoreSnapshot snapshot);

    List<ScoreSnapshot> findByEvaluationIdOrderByIdAsc(long evaluationId);
}
