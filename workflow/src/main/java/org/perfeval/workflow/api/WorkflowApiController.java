package org.perfeval.workflow.api;

import java.util.List;
import java.util.Set;

import org.perfeval.workflow.process.AuditView;
import org.perfeval.workflow.process.DisclosureView;
import org.perfeval.workflow.process.InboxItem;
import org.perfeval.workflow.process.RectificationAnswer;
import org.perfeval.workflow.process.RectificationItemView;
import org.perfeval.workflow.process.RectificationRequest;
import org.perfeval.workflow.process.ScoreSnapshotView;
import org.perfeval.workflow.process.WorkflowAction;
import org.perfeval.workflow.process.WorkflowQueries;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workflow steps over HTTP. Every writing call takes a JSON body (an empty object where there is nothing to say),
 * which a cross-site form cannot send; the services check role, department and task holder.
 */
@RestController
@RequestMapping("/api")
class WorkflowApiController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final WorkflowService workflow;
    private final WorkflowQueries queries;

    WorkflowApiController(WorkflowService workflow, WorkflowQueries queries) {
        this.workflow = workflow;
        this.queries = queries;
    }

    /** A remark, a reason, rectification requests or answers, or a transfer's recipient, as the step needs. */
    record StepRequest(String remark, String reason, List<RectificationRequest> items,
                       List<RectificationAnswer> answers, String username) {
    }

    @GetMapping("/inbox")
    List<InboxItem> inbox() {
        return queries.inbox();
    }

    @GetMapping("/evaluations/{id}/actions")
    Set<WorkflowAction> actions(@PathVariable long id) {
        return queries.actions(id);
    }

    @GetMapping("/evaluations/{id}/timeline")
    List<AuditView> timeline(@PathVariable long id) {
        return queries.timeline(id);
    }

    @GetMapping("/evaluations/{id}/score-history")
    List<ScoreSnapshotView> scoreHistory(@PathVariable long id) {
        return queries.scoreHistory(id);
    }

    @GetMapping("/evaluations/{id}/rectification-items")
    List<RectificationItemView> rectificationItems(@PathVariable long id) {
        return queries.rectificationItems(id);
    }

    @PostMapping(path = "/evaluations/{id}/submit", consumes = JSON)
    Set<WorkflowAction> submit(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.submit(id);
        return queries.actions(id);
    }

    @PostMapping(path = "/evaluations/{id}/approve", consumes = JSON)
    Set<WorkflowAction> approve(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.approve(id, request.remark());
        return queries.actions(id);
    }

    @PostMapping(path = "/evaluations/{id}/return", consumes = JSON)
    Set<WorkflowAction> returnToDrafters(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.returnToDrafters(id, request.reason());
        return queries.actions(id);
    }

    @PostMapping(path = "/evaluations/{id}/send-back", consumes = JSON)
    Set<WorkflowAction> sendBack(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.sendBack(id, request.reason(), request.items());
        return queries.actions(id);
    }

    @PostMapping(path = "/evaluations/{id}/resubmit", consumes = JSON)
    Set<WorkflowAction> resubmit(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.resubmit(id, request.answers());
        return queries.actions(id);
    }

    @PostMapping(path = "/evaluations/{id}/publish", consumes = JSON)
    DisclosureView publish(@PathVariable long id, @RequestBody StepRequest request) {
        return workflow.publish(id);
    }

    @PostMapping(path = "/evaluations/{id}/withdraw", consumes = JSON)
    Set<WorkflowAction> withdraw(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.withdraw(id);
        return queries.actions(id);
    }

    @PostMapping(path = "/evaluations/{id}/claim", consumes = JSON)
    Set<WorkflowAction> claim(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.claim(id);
        return queries.actions(id);
    }

    @PostMapping(path = "/evaluations/{id}/unclaim", consumes = JSON)
    Set<WorkflowAction> unclaim(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.unclaim(id);
        return queries.actions(id);
    }

    @PostMapping(path = "/evaluations/{id}/transfer", consumes = JSON)
    Set<WorkflowAction> transfer(@PathVariable long id, @RequestBody StepRequest request) {
        workflow.transfer(id, request.username());
        return queries.actions(id);
    }
}
