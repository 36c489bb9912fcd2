package org.perfeval.workflow.audit;

import java.util.List;

import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.security.LoggedIn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An evaluation's audit trail, oldest first, for whoever may read the evaluation. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditTrail trail;
    private final EvaluationStages stages;

    AuditService(AuditTrail trail, EvaluationStages stages) {
        this.trail = trail;
        this.stages = stages;
    }

    @LoggedIn
    public List<AuditView> timeline(long evaluationId) {
        stages.requireReadable(evaluationId);
        return trail.findByEvaluationIdOrderByIdAsc(evaluationId).stream().map(AuditEntry::toView).toList();
    }
}
