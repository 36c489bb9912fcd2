package org.perfeval.core.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.evaluation.form.DocumentLimits;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.Roles;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * The drafts a round of self-evaluations opens: last year's form of a department to start from, and the new draft
 * itself. Callers (the rounds) decide who may open a round for which departments; this only stores, inside the
 * caller's transaction, so that a round is opened whole or not at all.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RoundDrafts {

    private final SelfEvaluationRepository evaluations;
    private final EvaluationFigures figures;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RoundDrafts(SelfEvaluationRepository evaluations, EvaluationFigures figures, Clock clock,
                ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.figures = figures;
        this.clock = clock;
        this.events = events;
    }

    /** The department's form of {@code year} and {@code kind} (its overall one, or the named project's). */
    @RolesAllowed({Roles.FINANCE_REVIEWER, Roles.ADMIN, Roles.DRAFTER})
    public Optional<SelfEvaluationDocument> form(DepartmentView department, int year, EvaluationKind kind,
                                                 String project) {
        return evaluations.findByDepartmentIdAndFiscalYearAndKindAndProjectName(department.id(), year, kind,
                project == null ? "" : project).map(found -> found.toDocument(department));
    }

    /** Whether the department already has a form of that year and kind (overall, or that project). */
    @RolesAllowed({Roles.FINANCE_REVIEWER, Roles.ADMIN, Roles.DRAFTER})
    public boolean exists(DepartmentView department, int year, EvaluationKind kind, String project) {
        return evaluations.findByDepartmentIdAndFiscalYearAndKindAndProjectName(department.id(), year, kind,
                project == null ? "" : project).isPresent();
    }

    /** Stores the draft and starts its process at drafting, due on {@code dueDate}; returns its id. */
    @RolesAllowed({Roles.FINANCE_REVIEWER, Roles.ADMIN, Roles.DRAFTER})
    public long create(DepartmentView department, SelfEvaluationDocument draft, LocalDate dueDate) {
        List<FieldRefusal> refusals = DocumentLimits.check(draft);
        if (!refusals.isEmpty()) {
            throw new InvalidDocumentException(refusals);
        }
        SelfEvaluation created = new SelfEvaluation(department, draft, CurrentUsers.require().username(),
                clock.instant());
        figures.record(created, draft);
        SelfEvaluation saved = evaluations.save(created);
        events.publishEvent(new EvaluationOpened(saved.getId(), department.code(), department.bureauCode(), dueDate));
        return saved.getId();
    }
}
