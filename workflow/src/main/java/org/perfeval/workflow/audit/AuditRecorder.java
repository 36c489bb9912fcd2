package org.perfeval.workflow.audit;

import org.perfeval.workflow.process.StepTaken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes every workflow action to the audit trail, in the action's own transaction: no step without its entry. */
@Component
class AuditRecorder {

    private final AuditTrail trail;

    AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(StepTaken step) {
        String reason = step.reason() != null ? step.reason() : step.detail();
        trail.save(new AuditEntry(step.evaluationId(), step.actor(), step.actorRole().keycloakName(), step.action(),
                step.from(), step.to(), reason, step.at()));
    }
}
