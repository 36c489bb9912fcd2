package org.perfeval.core.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfeval.core.department.Department;
import org.perfeval.core.department.DepartmentRepository;
import org.perfeval.core.scheme.Scoring;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.DepartmentAccess;
import org.perfeval.core.security.Role;
import org.perfeval.scoring.document.DocumentReader;
import org.perfeval.scoring.document.DocumentWriter;
import org.perfeval.scoring.document.ReadResult;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.Violation;
import org.perfeval.scoring.engine.ScoreResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores, reads and changes self-evaluations in the interchange format. Every method checks who is asking: a form is
 * imported only into the caller's own department (administrators: any), read by its department, its finance bureau
 * and administrators, changed only by its department's drafters while it is being drafted or rectified. A change is
 * all or nothing, and a change made on an outdated version is refused.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

    private final SelfEvaluationRepository evaluations;
    private final EvaluationLookup lookup;
    private final DepartmentRepository departments;
    private final Scoring scoring;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DocumentReader reader = new DocumentReader();
    private final DocumentWriter writer = new DocumentWriter();

    EvaluationService(SelfEvaluationRepository evaluations, EvaluationLookup lookup, DepartmentRepository departments,
                      Scoring scoring, Clock clock, ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.lookup = lookup;
        this.departments = departments;
        this.scoring = scoring;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('DRAFTER', 'ADMIN')")
    public EvaluationSummary importJson(String json) {
        return importDocument(read(json));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('DRAFTER', 'ADMIN')")
    public EvaluationSummary importDocument(SelfEvaluationDocument document) {
        CurrentUser user = CurrentUsers.require();
        List<Violation> violations = new ArrayList<>(DocumentLimits.check(document));
        Department department = departments.findByName(document.department()).orElse(null);
        if (department == null) {
            violations.add(new Violation("/department", "names no department registered in PerfEval",
                    "不是 PerfEval 中已登记的部门"));
        } else if (!DepartmentAccess.canImport(user, department.toView())) {
            violations.add(new Violation("/department", "is not your department: you may import only your own",
                    "不是您所在的部门，只能导入本部门的自评表"));
        } else if (department.isFinanceBureau()) {
            violations.add(new Violation("/department", "is a finance bureau, which files no self-evaluation",
                    "是财政部门，不填报自评表"));
        } else {
            duplicateOf(department, document).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException(violations);
        }
        try {
            SelfEvaluation created = new SelfEvaluation(department, document, user.username(), clock.instant());
            ScoreResult score = scoring.current().score(document);
            created.recordScore(score.total(), score.grade());
            SelfEvaluation saved = evaluations.saveAndFlush(created);
            events.publishEvent(new EvaluationImported(saved.getId(), department.getCode(),
                    department.getBureau().getCode()));
            return summarize(saved);
        } catch (DataIntegrityViolationException e) {
            // a concurrent import of the same form won the race for the unique key
            throw new InvalidDocumentException(List.of(duplicateViolation(document)));
        }
    }

    @PreAuthorize("isAuthenticated()")
    public List<EvaluationSummary> visible() {
        CurrentUser user = CurrentUsers.require();
        List<SelfEvaluation> found;
        if (user.has(Role.ADMIN)) {
            found = evaluations.findAllOrdered();
        } else if (!user.hasDepartment()) {
            found = List.of();
        } else {
            Long bureau = user.has(Role.FINANCE_REVIEWER) ? user.departmentId() : -1L;
            Long own = user.has(Role.DRAFTER) || user.has(Role.DEPT_REVIEWER) ? user.departmentId() : -1L;
            found = evaluations.findVisible(own, bureau);
        }
        return found.stream().map(this::summarize).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public EvaluationSummary summary(long id) {
        return summarize(lookup.readable(id));
    }

    @PreAuthorize("isAuthenticated()")
    public SelfEvaluationDocument export(long id) {
        return lookup.readable(id).toDocument();
    }

    @PreAuthorize("isAuthenticated()")
    public String exportJson(long id) {
        return writer.write(export(id));
    }

    @PreAuthorize("isAuthenticated()")
    public ScoreResult score(long id) {
        return scoring.current().score(lookup.readable(id).toDocument());
    }

    /** The score of a form being edited, before it is saved: what the editor shows beside it as it changes. */
    @PreAuthorize("isAuthenticated()")
    public ScoreResult preview(SelfEvaluationDocument document) {
        return scoring.current().score(document);
    }

    /** Reads a form in the interchange format without storing it, refusing it by field as an import would. */
    @PreAuthorize("isAuthenticated()")
    public SelfEvaluationDocument parse(String json) {
        return read(json);
    }

    @Transactional
    @PreAuthorize("hasRole('DRAFTER')")
    public EvaluationSummary updateJson(long id, long expectedVersion, String json) {
        return update(id, expectedVersion, read(json));
    }

    @Transactional
    @PreAuthorize("hasRole('DRAFTER')")
    public EvaluationSummary update(long id, long expectedVersion, SelfEvaluationDocument document) {
        CurrentUser user = CurrentUsers.require();
        SelfEvaluation evaluation = lookup.draftable(id, "change its self-evaluation");
        if (!evaluation.getStatus().editableByDrafters()) {
            throw new EvaluationLockedException(id, evaluation.getStatus());
        }
        List<Violation> violations = new ArrayList<>(DocumentLimits.check(document));
        violations.addAll(identityChanges(evaluation, document));
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException(violations);
        }
        if (evaluation.getVersion() != expectedVersion) {
            throw new EditConflictException(id, expectedVersion, evaluation.getVersion(), evaluation.getUpdatedBy(),
                    evaluation.getUpdatedAt());
        }
        evaluation.apply(document, user.username(), clock.instant());
        ScoreResult score = scoring.current().score(document);
        evaluation.recordScore(score.total(), score.grade());
        try {
            return summarize(evaluations.saveAndFlush(evaluation));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException(id, expectedVersion);
        }
    }

    private SelfEvaluationDocument read(String json) {
        ReadResult result = reader.read(json);
        if (!result.isValid()) {
            throw new InvalidDocumentException(result.violations());
        }
        return result.document();
    }

    private EvaluationSummary summarize(SelfEvaluation evaluation) {
        return evaluation.toSummary(scoring.current().score(evaluation.toDocument()));
    }

    private Optional<Violation> duplicateOf(Department department, SelfEvaluationDocument document) {
        return evaluations.findByDepartmentIdAndFiscalYearAndKindAndProjectName(department.getId(), document.year(),
                document.kind(), document.project() == null ? "" : document.project())
                .map(existing -> duplicateViolation(document));
    }

    private static Violation duplicateViolation(SelfEvaluationDocument document) {
        String what = document.department() + " " + document.year() + " " + document.kind()
                + (document.project() == null ? "" : " " + document.project());
        return new Violation(document.project() == null ? "/year" : "/project",
                "an evaluation of " + what + " already exists: change that one instead",
                what + " 的自评表已存在，请修改已有的自评表");
    }

    private static List<Violation> identityChanges(SelfEvaluation evaluation, SelfEvaluationDocument document) {
        List<Violation> violations = new ArrayList<>();
        if (!evaluation.getDepartment().getName().equals(document.department())) {
            violations.add(identity("/department"));
        }
        if (evaluation.getFiscalYear() != document.year()) {
            violations.add(identity("/year"));
        }
        if (evaluation.getKind() != document.kind()) {
            violations.add(identity("/kind"));
        }
        if (!evaluation.getProjectName().equals(document.project() == null ? "" : document.project())) {
            violations.add(identity("/project"));
        }
        return violations;
    }

    private static Violation identity(String pointer) {
        return new Violation(pointer, "cannot change on an existing evaluation; import a new one instead",
                "已有自评表的此项不能修改，如需要请导入新的自评表");
    }
}
