package org.perfeval.workflow.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowable.task.api.Task;
import org.perfeval.core.evaluation.EvaluationHeader;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.scoring.document.Decimals;
import org.perfeval.scoring.engine.ScoreResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the screens and the API show of the workflow: inboxes, possible actions, history. Records only. */
@Service
@Transactional(readOnly = true)
public class WorkflowQueries {

    private final Guard guard;
    private final ProcessTasks tasks;
    private final EvaluationStages stages;
    private final Recorder recorder;
    private final RectificationItems items;

    WorkflowQueries(Guard guard, ProcessTasks tasks, EvaluationStages stages, Recorder recorder,
                    RectificationItems items) {
        this.guard = guard;
        this.tasks = tasks;
        this.stages = stages;
        this.recorder = recorder;
        this.items = items;
    }

    /** The tasks the current user holds or may take, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<InboxItem> inbox() {
        return inbox(InboxQuery.all(), 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the current user's tasks, filtered and sorted as {@code query} asks: a constant number of queries
     * per page, however many tasks there are.
     */
    @PreAuthorize("isAuthenticated()")
    public List<InboxItem> inbox(InboxQuery query, int offset, int limit) {
        CurrentUser user = CurrentUsers.require();
        List<Task> page = tasks.inbox(user.username(), Guard.groups(user), query, offset, limit);
        Map<String, Long> evaluations = tasks.evaluationIds(page);
        Set<String> overdue = tasks.overdue(page);
        Map<Long, EvaluationHeader> headers = stages.headers(Set.copyOf(evaluations.values()));
        List<InboxItem> inbox = new ArrayList<>();
        for (Task task : page) {
            Long id = evaluations.get(task.getProcessInstanceId());
            EvaluationHeader header = id == null ? null : headers.get(id);
            if (header == null) {
                continue;
            }
            BigDecimal total;
            String grade;
            if (header.computedTotal() != null) {
                total = Decimals.plain(header.computedTotal());
                grade = header.computedGrade().label();
            } else {
                // a form stored before scores were kept with forms: score it now
                ScoreResult score = recorder.score(stages.stage(id));
                total = score.total();
                grade = score.grade().label();
            }
            inbox.add(new InboxItem(task.getId(), id, header.departmentName(), header.year(), header.status(),
                    task.getAssignee(), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    overdue.contains(task.getId()), total, grade));
        }
        return inbox;
    }

    /** How many tasks {@link #inbox(InboxQuery, int, int)} has in all. */
    @PreAuthorize("isAuthenticated()")
    public long inboxCount(InboxQuery query) {
        CurrentUser user = CurrentUsers.require();
        return tasks.inboxCount(user.username(), Guard.groups(user), query);
    }

    /** What the current user may do to the evaluation now; refused, like reading it, to those who may not see it. */
    @PreAuthorize("isAuthenticated()")
    public Set<WorkflowAction> actions(long id) {
        stages.requireReadable(id);
        Optional<Act> open = guard.openIfAny(id);
        if (open.isEmpty()) {
            return Set.of();
        }
        Act act = open.get();
        Set<WorkflowAction> actions = EnumSet.noneOf(WorkflowAction.class);
        String holder = act.task().getAssignee();
        if (Guard.isCandidate(act.user(), act.step(), act.stage())
                && (holder == null || holder.equals(act.user().username()))) {
            actions.addAll(switch (act.step()) {
                case DRAFTING -> Set.of(WorkflowAction.SUBMIT);
                case INTERNAL_REVIEW -> Set.of(WorkflowAction.APPROVE, WorkflowAction.RETURN);
                case FINANCE_CHECK -> Set.of(WorkflowAction.APPROVE, WorkflowAction.SEND_BACK);
                case RECTIFICATION -> Set.of(WorkflowAction.RESUBMIT);
                case PUBLICATION -> Set.of(WorkflowAction.PUBLISH);
            });
            actions.add(WorkflowAction.TRANSFER);
            actions.add(holder == null ? WorkflowAction.CLAIM : WorkflowAction.UNCLAIM);
        }
        try {
            Withdrawal.check(act, recorder.timeline(id));
            actions.add(WorkflowAction.WITHDRAW);
        } catch (WorkflowRefusedException notPossible) {
            // nothing to add: the user cannot withdraw now
        }
        return actions;
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditView> timeline(long id) {
        stages.requireReadable(id);
        return recorder.timeline(id);
    }

    @PreAuthorize("isAuthenticated()")
    public List<ScoreSnapshotView> scoreHistory(long id) {
        stages.requireReadable(id);
        return recorder.history(id);
    }

    @PreAuthorize("isAuthenticated()")
    public List<RectificationItemView> rectificationItems(long id) {
        stages.requireReadable(id);
        return items.findByEvaluationIdOrderByIdAsc(id).stream().map(RectificationItem::toView).toList();
    }

    /** The disclosed report: public, no login needed. */
    public Optional<DisclosureView> disclosure(long id) {
        return recorder.disclosure(id);
    }
}
