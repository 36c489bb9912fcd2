package org.perfeval.workflow.deadline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DueDateMoves extends JpaRepository<DueDateMove, Long> {

    List<DueDateMove> findByEvaluationIdOrderByIdAsc(long evaluationId);
}
