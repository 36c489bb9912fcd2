package org.perfeval.core.evaluation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.perfeval.core.department.DepartmentAccess;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.AccessRefusedException;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.text.Text;
import org.springframework.stereotype.Component;

/** Finds an evaluation for the current user, refusing one they may not read, or may not draft. */
@Component
class EvaluationLookup {

    private final SelfEvaluationRepository evaluations;
    private final DepartmentService departments;

    EvaluationLookup(SelfEvaluationRepository evaluations, DepartmentService departments) {
        this.evaluations = evaluations;
        this.departments = departments;
    }

    /**
     * The evaluation if the current user may read it. To those who may not, another department's form is missing
     * like one that never existed: a 403 naming its department would tell which ids exist and whose they are.
     */
    LoadedEvaluation readable(long id) {
        LoadedEvaluation found = find(id);
        if (!DepartmentAccess.canRead(CurrentUsers.require(), found.department())) {
            throw new EvaluationNotFoundException(id);
        }
        return found;
    }

    /** The evaluation if the current user drafts for its department; {@code what} is the key of what they tried. */
    LoadedEvaluation draftable(long id, String what) {
        CurrentUser user = CurrentUsers.require();
        LoadedEvaluation found = find(id);
        if (!DepartmentAccess.canRead(user, found.department())) {
            throw new EvaluationNotFoundException(id);
        }
        if (!DepartmentAccess.canDraft(user, found.department())) {
            throw new AccessRefusedException(Text.of(what, found.department().name()));
        }
        return found;
    }

    Map<Long, EvaluationHeader> headers(Collection<Long> ids) {
        CurrentUser user = CurrentUsers.require();
        Map<Long, EvaluationHeader> headers = new HashMap<>();
        if (ids.isEmpty()) {
            return headers;
        }
        Map<Long, DepartmentView> departmentsById = departmentsById();
        for (Object[] row : evaluations.findHeaders(ids)) {
            DepartmentView department = departmentsById.get((Long) row[1]);
            if (DepartmentAccess.canRead(user, department)) {
                long id = (Long) row[0];
                headers.put(id, new EvaluationHeader(id, department.code(), department.name(), (Integer) row[2],
                        (String) row[3], (EvaluationStatus) row[4], (BigDecimal) row[5], (Grade) row[6],
                        row[7] == null ? 0 : (Integer) row[7]));
            }
        }
        return headers;
    }

    /** Every department by id: a list of evaluations names few departments, and there are few in all. */
    Map<Long, DepartmentView> departmentsById() {
        return departments.all().stream().collect(Collectors.toMap(DepartmentView::id, Function.identity()));
    }

    private LoadedEvaluation find(long id) {
        SelfEvaluation evaluation = evaluations.findById(id).orElseThrow(() -> new EvaluationNotFoundException(id));
        DepartmentView department = departments.byId(evaluation.getDepartmentId()).orElseThrow();
        return new LoadedEvaluation(evaluation, department);
    }
}
