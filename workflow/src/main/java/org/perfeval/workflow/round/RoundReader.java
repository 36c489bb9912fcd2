package org.perfeval.workflow.round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.perfeval.core.department.DepartmentAccess;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.evaluation.EvaluationSummary;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.Role;
import org.springframework.stereotype.Component;

/**
 * A round as the caller sees it: only the departments whose forms they may read, each with its current stage and
 * scores. A form still being drafted after the round's due day is overdue.
 */
@Component
class RoundReader {

    private final RoundMembers members;
    private final DepartmentService departments;
    private final EvaluationService evaluations;

    RoundReader(RoundMembers members, DepartmentService departments, EvaluationService evaluations) {
        this.members = members;
        this.departments = departments;
        this.evaluations = evaluations;
    }

    boolean mayRead(CurrentUser user, Round round) {
        if (user.has(Role.ADMIN) || round.getBureauId().equals(user.departmentId())) {
            return true;
        }
        return members.findByRoundIdOrderById(round.getId()).stream()
                .anyMatch(member -> member.getDepartmentId().equals(user.departmentId()));
    }

    RoundView view(Round round, Clock clock, ZoneId zone) {
        CurrentUser user = CurrentUsers.require();
        List<RoundEntry> entries = members.findByRoundIdOrderById(round.getId()).stream()
                .map(member -> new Loaded(member, departments.byId(member.getDepartmentId()).orElseThrow()))
                .filter(loaded -> DepartmentAccess.canRead(user, loaded.department()))
                .map(loaded -> entry(loaded.department(), loaded.member().getEvaluationId(), round, clock, zone))
                .toList();
        String bureau = departments.byId(round.getBureauId()).map(DepartmentView::code).orElseThrow();
        return new RoundView(round.getId(), bureau, round.getFiscalYear(), round.getKind(), round.getDueDate(),
                round.getOpenedBy(), round.getOpenedAt(), entries);
    }

    RoundEntry entry(DepartmentView department, Long evaluationId, Round round, Clock clock, ZoneId zone) {
        if (evaluationId == null) {
            return new RoundEntry(department.code(), department.name(), null, null, null, null, null, null, 0, false);
        }
        EvaluationSummary summary = evaluations.summary(evaluationId);
        boolean overdue = summary.status() == EvaluationStatus.DRAFTING
                && LocalDate.ofInstant(clock.instant(), zone).isAfter(round.getDueDate());
        return new RoundEntry(department.code(), department.name(), evaluationId, summary.status(),
                summary.selfTotal(), summary.selfGrade(), summary.computedTotal(), summary.computedGrade(),
                summary.pendingRows(), overdue);
    }

    private record Loaded(RoundMember member, DepartmentView department) {
    }
}
