package org.perfeval.workflow.inbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.task.api.Task;
import org.perfeval.core.evaluation.EvaluationHeader;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.adjudication.Adjudications;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.scoring.document.Decimals;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.workflow.process.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 我的待办: the tasks the current user holds or may take, a page at a time, with each form's current score. */
@Service
@Transactional(readOnly = true)
public class InboxService {

    private final InboxTasks tasks;
    private final EvaluationStages stages;
    private final Adjudications adjudications;

    InboxService(InboxTasks tasks, EvaluationStages stages, Adjudications adjudications) {
        this.tasks = tasks;
        this.stages = stages;
        this.adjudications = adjudications;
    }

    /** Every task of the current user, oldest first. */
    @LoggedIn
    public List<InboxItem> inbox() {
        return inbox(InboxQuery.all(), 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the current user's tasks, filtered and sorted as {@code query} asks: a constant number of queries
     * per page, however many tasks there are.
     */
    @LoggedIn
    public List<InboxItem> inbox(InboxQuery query, int offset, int limit) {
        CurrentUser user = CurrentUsers.require();
        List<Task> page = tasks.page(user.username(), Step.groupsOf(user), query, offset, limit);
        Map<String, Long> evaluations = tasks.evaluationIds(page);
        Set<String> overdue = tasks.overdue(page);
        Map<Long, EvaluationHeader> headers = stages.headers(Set.copyOf(evaluations.values()));
        List<InboxItem> inbox = new ArrayList<>();
        for (Task task : page) {
            Long id = evaluations.get(task.getProcessInstanceId());
            EvaluationHeader header = id == null ? null : headers.get(id);
            if (header != null) {
                inbox.add(item(task, id, header, overdue.contains(task.getId())));
            }
        }
        return inbox;
    }

    /** How many tasks {@link #inbox(InboxQuery, int, int)} has in all. */
    @LoggedIn
    public long inboxCount(InboxQuery query) {
        CurrentUser user = CurrentUsers.require();
        return tasks.count(user.username(), Step.groupsOf(user), query);
    }

    private InboxItem item(Task task, long id, EvaluationHeader header, boolean overdue) {
        BigDecimal total;
        String grade;
        int pending;
        if (header.computedTotal() != null) {
            total = Decimals.plain(header.computedTotal());
            grade = header.computedGrade().symbol();
            pending = header.pendingRows();
        } else {
            // a form stored before scores were kept with forms: score it now
            ScoreResult score = adjudications.score(id, stages.stage(id).document());
            total = score.total();
            grade = score.grade().symbol();
            pending = score.unverifiedCount();
        }
        return new InboxItem(task.getId(), id, header.departmentName(), header.year(), header.status(),
                task.getAssignee(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), overdue, total, grade,
                pending);
    }
}
