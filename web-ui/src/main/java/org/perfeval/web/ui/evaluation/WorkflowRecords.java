package org.perfeval.web.ui.evaluation;

import org.perfeval.workflow.adjudication.AdjudicationService;
import org.perfeval.workflow.audit.AuditService;
import org.perfeval.workflow.disclosure.DisclosureService;
import org.perfeval.workflow.history.HistoryService;
import org.perfeval.workflow.process.ProcessDiagrams;
import org.perfeval.workflow.process.ProcessQueries;
import org.perfeval.workflow.process.WorkflowService;
import org.perfeval.workflow.rectification.RectificationService;
import org.springframework.stereotype.Component;

/** The workflow features an evaluation page shows and acts through, handed to its parts as one. */
@Component
record WorkflowRecords(WorkflowService steps, DisclosureService disclosure, ProcessQueries actions,
                       HistoryService history, RectificationService rectification, AuditService audit,
                       ProcessDiagrams diagrams, AdjudicationService adjudications) {
}
