package org.perfeval.workflow.disclosure;

import java.util.Optional;

import org.perfeval.core.security.LoggedIn;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publication (公开): the reviewer's confirmation, and the frozen report it produces. */
@Service
@Transactional
public class DisclosureService {

    private final WorkflowService workflow;
    private final Disclosures disclosures;

    DisclosureService(WorkflowService workflow, Disclosures disclosures) {
        this.workflow = workflow;
        this.disclosures = disclosures;
    }

    /** 确认公开: takes the publication step (checked there) and answers with the report as frozen. */
    @LoggedIn
    public DisclosureView publish(long evaluationId) {
        workflow.publish(evaluationId);
        return disclosures.findById(evaluationId).map(Disclosure::toView).orElseThrow();
    }

    /** The disclosed report: public, no login needed. */
    @Transactional(readOnly = true)
    public Optional<DisclosureView> disclosure(long evaluationId) {
        return disclosures.findById(evaluationId).map(Disclosure::toView);
    }
}
