package org.perfeval.core.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfeval.core.department.DepartmentAccess;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.evaluation.adjudication.Adjudications;
import org.perfeval.core.evaluation.form.DocumentLimits;
import org.perfeval.core.scheme.Scoring;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Roles;
import org.perfeval.core.web.EditConflictException;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.DocumentReader;
import org.perfeval.scoring.document.json.DocumentWriter;
import org.perfeval.scoring.document.json.ReadResult;
import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.perfeval.scoring.document.xlsx.WorkbookWriter;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.text.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

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
    private final DepartmentService departments;
    private final Scoring scoring;
    private final Adjudications adjudications;
    private final EvaluationFigures figures;
    private final EvaluationListing listing;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DocumentReader reader = new DocumentReader();
    private final DocumentWriter writer = new DocumentWriter();
    private final WorkbookReader workbookReader = new WorkbookReader();
    private final WorkbookWriter workbookWriter = new WorkbookWriter();

    EvaluationService(SelfEvaluationRepository evaluations, EvaluationLookup lookup, DepartmentService departments,
                      Scoring scoring, Adjudications adjudications, EvaluationFigures figures,
                      EvaluationListing listing, Clock clock, ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.lookup = lookup;
        this.departments = departments;
        this.scoring = scoring;
        this.adjudications = adjudications;
        this.figures = figures;
        this.listing = listing;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    @RolesAllowed({Roles.DRAFTER, Roles.ADMIN})
    public EvaluationSummary importJson(String json) {
        return importDocument(read(json));
    }

    /** Imports a filled .xlsx 自评表, refused by sheet and cell as the JSON import is refused by field. */
    @Transactional
    @RolesAllowed({Roles.DRAFTER, Roles.ADMIN})
    public EvaluationSummary importWorkbook(byte[] workbook) {
        WorkbookReader.Placed read = workbookReader.readPlaced(workbook);
        if (!read.result().isValid()) {
            throw new InvalidDocumentException(FieldRefusal.of(read.result().violations()));
        }
        try {
            return importDocument(read.result().document());
        } catch (InvalidDocumentException refused) {
            // the platform's own checks name fields by pointer; a workbook's clerk looks for the cell
            throw new InvalidDocumentException(refused.fields().stream().map(field -> {
                Text place = read.place(field.pointer());
                return place == null ? field
                        : new FieldRefusal(field.pointer(), Text.of("violation.at", place, field.text()), field.code());
            }).toList());
        }
    }

    @Transactional
    @RolesAllowed({Roles.DRAFTER, Roles.ADMIN})
    public EvaluationSummary importDocument(SelfEvaluationDocument document) {
        CurrentUser user = CurrentUsers.require();
        List<FieldRefusal> refusals = new ArrayList<>(DocumentLimits.check(document));
        DepartmentView department = departments.byName(document.department()).orElse(null);
        if (department == null) {
            refusals.add(new FieldRefusal("/department", Text.of("core.evaluation.unknownDepartment")));
        } else if (!DepartmentAccess.canImport(user, department)) {
            refusals.add(new FieldRefusal("/department", Text.of("core.evaluation.notYourDepartment")));
        } else if (department.financeBureau()) {
            refusals.add(new FieldRefusal("/department", Text.of("core.evaluation.financeBureau")));
        } else {
            duplicateOf(department, document).ifPresent(refusals::add);
        }
        if (!refusals.isEmpty()) {
            throw new InvalidDocumentException(refusals);
        }
        try {
            SelfEvaluation created = new SelfEvaluation(department, document, user.username(), clock.instant());
            ScoreResult score = figures.record(created, document);
            SelfEvaluation saved = evaluations.saveAndFlush(created);
            events.publishEvent(new EvaluationImported(saved.getId(), department.code(), department.bureauCode()));
            return saved.toSummary(department, score);
        } catch (DataIntegrityViolationException e) {
            // a concurrent import of the same form won the race for the unique key
            throw new InvalidDocumentException(List.of(duplicate(document)));
        }
    }

    /** Every form the caller may read, newest year first: the screens' list. */
    @LoggedIn
    public List<EvaluationSummary> visible() {
        return listing.list(CurrentUsers.require(), 0, null, List.of(), this::summary).items();
    }

    /**
     * Page {@code page} (from 0) of {@code size} forms the caller may read (at most {@link EvaluationPage#MAX_SIZE}),
     * sorted by {@code sort} ("year,desc", "department"; by default newest year first, then by department, kind and
     * project), with the totals.
     */
    @LoggedIn
    public EvaluationPage page(int page, int size, List<String> sort) {
        List<FieldRefusal> refusals = new ArrayList<>();
        if (page < 0) {
            refusals.add(new FieldRefusal("/page", Text.of("core.api.page")));
        }
        if (size < 1 || size > EvaluationPage.MAX_SIZE) {
            refusals.add(new FieldRefusal("/size", Text.of("core.api.size", EvaluationPage.MAX_SIZE)));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidDocumentException(refusals);
        }
        return listing.list(CurrentUsers.require(), page, size, sort, this::summary);
    }

    @LoggedIn
    public EvaluationSummary summary(long id) {
        return summarize(lookup.readable(id));
    }

    @LoggedIn
    public SelfEvaluationDocument export(long id) {
        return lookup.readable(id).document();
    }

    @LoggedIn
    public String exportJson(long id) {
        return writer.write(export(id));
    }

    /** The form as an .xlsx workbook in the familiar layout of its kind, which imports back to the same form. */
    @LoggedIn
    public byte[] exportWorkbook(long id) {
        return workbookWriter.write(export(id));
    }

    /** The form's score, with the finance reviewer's decisions on the rows the rules cannot decide. */
    @LoggedIn
    public ScoreResult score(long id) {
        return adjudications.score(id, lookup.readable(id).document());
    }

    /** The score of a form being edited, before it is saved: what the editor shows beside it as it changes. */
    @LoggedIn
    public ScoreResult preview(SelfEvaluationDocument document) {
        return scoring.current().score(document);
    }

    /**
     * The score of stored form {@code id} being edited, before it is saved, with the finance reviewer's decisions on
     * its rows (as it will have once saved); refused, like reading it, to those who may not read the form.
     */
    @LoggedIn
    public ScoreResult preview(long id, SelfEvaluationDocument document) {
        lookup.readable(id);
        return adjudications.score(id, document);
    }

    /** Reads a form in the interchange format without storing it, refusing it by field as an import would. */
    @LoggedIn
    public SelfEvaluationDocument parse(String json) {
        return read(json);
    }

    /**
     * Reads an uploaded file without storing it: a filled .xlsx 自评表 (told by its content, not its name) or a form
     * in the interchange format, refused by cell or by field.
     */
    @LoggedIn
    public SelfEvaluationDocument parseUpload(byte[] file) {
        return WorkbookReader.looksLikeWorkbook(file) ? readWorkbook(file)
                : read(new String(file, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Transactional
    @RolesAllowed(Roles.DRAFTER)
    public EvaluationSummary updateJson(long id, long expectedVersion, String json) {
        return update(id, expectedVersion, read(json));
    }

    @Transactional
    @RolesAllowed(Roles.DRAFTER)
    public EvaluationSummary update(long id, long expectedVersion, SelfEvaluationDocument document) {
        CurrentUser user = CurrentUsers.require();
        LoadedEvaluation found = lookup.draftable(id, "core.access.change");
        SelfEvaluation evaluation = found.evaluation();
        if (!evaluation.getStatus().editableByDrafters()) {
            throw new EvaluationLockedException(id, evaluation.getStatus());
        }
        List<FieldRefusal> refusals = new ArrayList<>(DocumentLimits.check(document));
        refusals.addAll(identityChanges(found, document));
        if (!refusals.isEmpty()) {
            throw new InvalidDocumentException(refusals);
        }
        if (evaluation.getVersion() != expectedVersion) {
            throw new EditConflictException(expectedVersion, evaluation.getVersion(), evaluation.getUpdatedBy(),
                    evaluation.getUpdatedAt());
        }
        evaluation.apply(document, user.username(), clock.instant());
        ScoreResult score = figures.record(evaluation, document);
        try {
            return evaluations.saveAndFlush(evaluation).toSummary(found.department(), score);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException(expectedVersion);
        }
    }

    private SelfEvaluationDocument read(String json) {
        ReadResult result = reader.read(json);
        if (!result.isValid()) {
            throw new InvalidDocumentException(FieldRefusal.of(result.violations()));
        }
        return result.document();
    }

    private SelfEvaluationDocument readWorkbook(byte[] workbook) {
        ReadResult result = workbookReader.read(workbook);
        if (!result.isValid()) {
            throw new InvalidDocumentException(FieldRefusal.of(result.violations()));
        }
        return result.document();
    }

    private EvaluationSummary summarize(LoadedEvaluation found) {
        return found.evaluation().toSummary(found.department(),
                adjudications.score(found.evaluation().getId(), found.document()));
    }

    private Optional<FieldRefusal> duplicateOf(DepartmentView department, SelfEvaluationDocument document) {
        return evaluations.findByDepartmentIdAndFiscalYearAndKindAndProjectName(department.id(), document.year(),
                document.kind(), document.project() == null ? "" : document.project())
                .map(existing -> duplicate(document));
    }

    private static FieldRefusal duplicate(SelfEvaluationDocument document) {
        return document.project() == null
                ? new FieldRefusal("/year", Text.of("core.evaluation.duplicate", document.department(),
                        document.year(), document.kind()))
                : new FieldRefusal("/project", Text.of("core.evaluation.duplicateProject", document.department(),
                        document.year(), document.kind(), document.project()));
    }

    private static List<FieldRefusal> identityChanges(LoadedEvaluation found, SelfEvaluationDocument document) {
        SelfEvaluation evaluation = found.evaluation();
        List<FieldRefusal> refusals = new ArrayList<>();
        if (!found.department().name().equals(document.department())) {
            refusals.add(identity("/department"));
        }
        if (evaluation.getFiscalYear() != document.year()) {
            refusals.add(identity("/year"));
        }
        if (evaluation.getKind() != document.kind()) {
            refusals.add(identity("/kind"));
        }
        if (!evaluation.getProjectName().equals(document.project() == null ? "" : document.project())) {
            refusals.add(identity("/project"));
        }
        return refusals;
    }

    private static FieldRefusal identity(String pointer) {
        return new FieldRefusal(pointer, Text.of("core.evaluation.identity"));
    }
}
