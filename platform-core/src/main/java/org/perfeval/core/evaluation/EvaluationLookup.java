package org.perfeval.core.evaluation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.DepartmentAccess;
import org.perfeval.scoring.document.Grade;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Finds an evaluation for the current user, refusing one they may not read, or may not draft. */
@Component
class EvaluationLookup {

    private final SelfEvaluationRepository evaluations;

    EvaluationLookup(SelfEvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    SelfEvaluation readable(long id) {
        SelfEvaluation evaluation = find(id);
        if (!DepartmentAccess.canRead(CurrentUsers.require(), evaluation.getDepartment().toView())) {
            throw new AccessDeniedException("you may not see the self-evaluations of "
                    + evaluation.getDepartment().getName());
        }
        return evaluation;
    }

    Map<Long, EvaluationHeader> headers(Collection<Long> ids) {
        CurrentUser user = CurrentUsers.require();
        Map<Long, EvaluationHeader> headers = new HashMap<>();
        if (ids.isEmpty()) {
            return headers;
        }
        for (Object[] row : evaluations.findHeaders(ids)) {
            DepartmentView department = new DepartmentView((Long) row[1], (String) row[2], (String) row[3],
                    (Boolean) row[4], (Long) row[5], null, null);
            if (DepartmentAccess.canRead(user, department)) {
                long id = (Long) row[0];
                headers.put(id, new EvaluationHeader(id, department.code(), department.name(), (Integer) row[6],
                        (String) row[7], (EvaluationStatus) row[8], (BigDecimal) row[9], (Grade) row[10]));
            }
        }
        return headers;
    }

    /** The evaluation if the current user drafts for its department; {@code what} says what they tried. */
    SelfEvaluation draftable(long id, String what) {
        CurrentUser user = CurrentUsers.require();
        SelfEvaluation evaluation = find(id);
        if (!DepartmentAccess.canDraft(user, evaluation.getDepartment().toView())) {
            throw new AccessDeniedException("only the drafters of " + evaluation.getDepartment().getName()
                    + " may " + what);
        }
        return evaluation;
    }

    private SelfEvaluation find(long id) {
        return evaluations.findById(id).orElseThrow(() -> new EvaluationNotFoundException(id));
    }
}
