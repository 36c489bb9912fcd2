package org.perfeval.workflow.deadline;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageDeadlines extends JpaRepository<StageDeadline, EvaluationStatus> {
}
