package org.perfeval.workflow.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The audit trail can only grow: this repository has no update and no delete, for anyone. */
interface AuditTrail extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByEvaluationIdOrderByIdAsc(long evaluationId);
}
