package org.perfeval.workflow.process;

import java.util.List;
import java.util.Set;

import org.perfeval.workflow.rectification.RectificationAnswer;
import org.perfeval.workflow.rectification.RectificationRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workflow steps over HTTP. Every writing call takes a JSON body (an empty object where there is nothing to say),
 * which a cross-site form cannot send; the services check role, department and task holder. Publishing answers
 * with the disclosure, so it lives with the disclosure feature.
 */
@RestController
@RequestMapping("/api/evaluations/{id}")
class ProcessController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final WorkflowService workflow;
    private final ProcessQueries queries;

    ProcessController(WorkflowService workflow, ProcessQueries queries) {
        this.workflow = workflow;
        this.queries = queries;
    }

    /** A remark, a reason, rectification requests or answers, or a transfer's recipient, as the step needs. */
    record StepRequest(String remark, String reason, List<RectificationRequest> items,
                       List<RectificationAnswer> answers, String username) {
    }

    @GetMapping("/actions")
    Set<WorkflowAction> actions(@PathVariable long id) {
        return queries.actions(id);
    }

    @PostMapping(path = "/submit", consumes = JSON)
    Set<WorkflowAction> submit(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.submit(id);
        return queries.actions(id);
    }

    @PostMapping(path = "/approve", consumes = JSON)
    Set<WorkflowAction> approve(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.approve(id, request.remark());
        return queries.actions(id);
    }

    @PostMapping(path = "/return", consumes = JSON)
    Set<WorkflowAction> returnToDrafters(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.returnToDrafters(id, request.reason());
        return queries.actions(id);
    }

    @PostMapping(path = "/send-back", consumes = JSON)
    Set<WorkflowAction> sendBack(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.sendBack(id, request.reason(), request.items());
        return queries.actions(id);
    }

    @PostMapping(path = "/resubmit", consumes = JSON)
    Set<WorkflowAction> resubmit(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.resubmit(id, request.answers());
        return queries.actions(id);
    }

    @PostMapping(path = "/withdraw", consumes = JSON)
    Set<WorkflowAction> withdraw(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.withdraw(id);
        return queries.actions(id);
    }

    @PostMapping(path = "/claim", consumes = JSON)
    Set<WorkflowAction> claim(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.claim(id);
        return queries.actions(id);
    }

    @PostMapping(path = "/unclaim", consumes = JSON)
    Set<WorkflowAction> unclaim(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.unclaim(id);
        return queries.actions(id);
    }

    @PostMapping(path = "/transfer", consumes = JSON)
    Set<WorkflowAction> transfer(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.transfer(id, request.username());
        return queries.actions(id);
    }
}
