package org.perfeval.core.evaluation.adjudication;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RowAdjudications extends JpaRepository<RowAdjudication, Long> {

    List<RowAdjudication> findByEvaluationIdOrderByRowAsc(long evaluationId);
}
