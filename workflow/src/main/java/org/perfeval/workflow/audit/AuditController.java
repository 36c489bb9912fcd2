package org.perfeval.workflow.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of an evaluation. */
@RestController
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/api/evaluations/{id}/timeline")
    List<AuditView> timeline(@PathVariable long id) {
        return audit.timeline(id);
    }
}
