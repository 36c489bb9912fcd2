package org.perfeval.workflow.round;

import org.perfeval.scoring.document.EvaluationKind;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored templates, one per kind. */
interface FormTemplates extends JpaRepository<FormTemplate, EvaluationKind> {
}
