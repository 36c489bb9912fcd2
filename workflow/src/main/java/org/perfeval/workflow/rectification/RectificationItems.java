package org.perfeval.workflow.rectification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationItems extends JpaRepository<RectificationItem, Long> {

    List<RectificationItem> findByEvaluationIdOrderByIdAsc(long evaluationId);

    List<RectificationItem> findByEvaluationIdAndRoundOrderByIdAsc(long evaluationId, int round);
}
