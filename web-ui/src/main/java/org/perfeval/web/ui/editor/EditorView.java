package org.perfeval.web.ui.editor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.perfeval.core.evaluation.EvaluationLockedException;
import org.perfeval.core.evaluation.EvaluationNotFoundException;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationSummary;
import org.perfeval.core.evaluation.InvalidDocumentException;
import org.perfeval.core.security.Roles;
import org.perfeval.core.web.EditConflictException;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.ui.layout.MainLayout;
import org.perfeval.web.ui.layout.Routes;
import org.perfeval.workflow.process.SubmissionRefusedException;
import org.perfeval.workflow.process.WorkflowRefusedException;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * The drafter's editor: the whole form in place with its live score; save (refused by field, or on a concurrent edit
 * with a clear message), submit, import and export. Leaving with unsaved changes asks first.
 */
@Route(value = Routes.EDITOR, layout = MainLayout.class)
@RolesAllowed(Roles.DRAFTER)
class EditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final EvaluationService evaluations;
    private final WorkflowService workflow;
    private final Paragraph problems = new Paragraph();
    private long id;
    private long version;
    private boolean dirty;
    private String title = "";
    private DocumentDraft draft;
    private IndicatorList indicators;
    private ScorePanel score;

    EditorView(EvaluationService evaluations, WorkflowService workflow) {
        this.evaluations = evaluations;
        this.workflow = workflow;
        problems.setId("editor-problems");
        problems.getStyle().set("color", "#b71c1c").set("white-space", "pre-line");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            EvaluationSummary summary = evaluations.summary(id);
            load(summary, evaluations.export(id));
        } catch (EvaluationNotFoundException | AccessDeniedException e) {
            removeAll();
            add(new Paragraph(getTranslation("evaluation.notFound")));
        }
    }

    private void load(EvaluationSummary summary, SelfEvaluationDocument document) {
        removeAll();
        version = summary.version();
        title = summary.departmentName() + " " + summary.year();
        draft = new DocumentDraft(document);
        indicators = new IndicatorList(draft, this::changed);
        score = new ScorePanel(indicators::focus);
        TabSheet parts = new TabSheet();
        parts.setWidthFull();
        parts.add(getTranslation("editor.tab.indicators"), indicators);
        parts.add(getTranslation("editor.tab.general"), GeneralSection.goalAndBudget(draft, this::changed,
                getTranslation("editor.notANumber"), this::getTranslation));
        parts.add(getTranslation("editor.tab.report"), GeneralSection.report(draft, this::changed));
        FlexLayout body = new FlexLayout(parts, score);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.setWidthFull();
        parts.getStyle().set("flex", "3 1 36rem").set("min-width", "0");
        // the score stays in sight while the drafter works down a long form
        score.getStyle().set("flex", "1 1 18rem").set("min-width", "0").set("position", "sticky").set("top", "0")
                .set("align-self", "flex-start").set("max-height", "calc(100vh - 5rem)").set("overflow-y", "auto");
        add(new H2(title + " · " + getTranslation("editor.title")), toolbar(), problems, body);
        dirty = false;
        problems.setText("");
        rescore();
    }

    private HorizontalLayout toolbar() {
        Button save = new Button(getTranslation("editor.save"), click -> save());
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button submit = new Button(getTranslation("action.SUBMIT"), click -> submit());
        submit.setId("editor-submit");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = evaluations.exportJson(id).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "self-evaluation-" + id + ".json",
                    "application/json", json.length);
        }), getTranslation("editor.export"));
        export.setId("editor-export");
        Anchor exportWorkbook = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] workbook = evaluations.exportWorkbook(id);
            return new DownloadResponse(new ByteArrayInputStream(workbook), "self-evaluation-" + id + ".xlsx",
                    WorkbookReader.CONTENT_TYPE, workbook.length);
        }), getTranslation("editor.exportWorkbook"));
        exportWorkbook.setId("editor-export-xlsx");
        FormUpload upload = new FormUpload(getTranslation("editor.import"), this::importFile);
        HorizontalLayout toolbar = new HorizontalLayout(save, submit, export, exportWorkbook, upload);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        toolbar.getStyle().set("flex-wrap", "wrap");
        return toolbar;
    }

    private void changed() {
        if (!dirty) {
            dirty = true;
            getElement().executeJs("window.onbeforeunload = () => true;");
        }
        rescore();
    }

    private void rescore() {
        var result = evaluations.preview(id, draft.toDocument());
        score.show(result);
        indicators.show(result);
    }

    boolean save() {
        problems.setText("");
        try {
            EvaluationSummary saved = evaluations.update(id, version, draft.toDocument());
            version = saved.version();
            dirty = false;
            getElement().executeJs("window.onbeforeunload = null;");
            Notification.show(getTranslation("editor.saved", version), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (InvalidDocumentException invalid) {
            problems.setText(getTranslation("editor.invalid") + "\n" + Violations.describe(invalid.fields()));
        } catch (EditConflictException conflict) {
            conflict(conflict);
        } catch (EvaluationLockedException locked) {
            problems.setText(getTranslation("editor.locked"));
        }
        return false;
    }

    private void conflict(EditConflictException conflict) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("edit-conflict");
        dialog.setHeader(getTranslation("editor.conflict.title"));
        dialog.setText(getTranslation("editor.conflict.text", Shown.text(conflict.text())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editor.conflict.keep"));
        dialog.setConfirmText(getTranslation("editor.conflict.reload"));
        dialog.addConfirmListener(event -> load(evaluations.summary(id), evaluations.export(id)));
        dialog.open();
        problems.setText(getTranslation("editor.conflict.title"));
    }

    private void submit() {
        if (dirty && !save()) {
            return;
        }
        try {
            workflow.submit(id);
            Routes.open(Routes.EVALUATION, id);
        } catch (SubmissionRefusedException refused) {
            problems.setText(getTranslation("action.submissionRefused") + "\n" + Violations.describeFindings(
                    refused.errors()));
        } catch (WorkflowRefusedException refused) {
            problems.setText(getTranslation("action.refused") + "：" + Shown.text(refused.text()));
        }
    }

    /**
     * Replaces the editor's content with an uploaded form (JSON or a filled .xlsx), unsaved until the drafter saves;
     * returns why the file is refused, or null when it was taken.
     */
    private String importFile(byte[] file) {
        try {
            SelfEvaluationDocument imported = evaluations.parseUpload(file);
            SelfEvaluationDocument current = draft.base();
            if (!imported.department().equals(current.department()) || imported.year() != current.year()) {
                return getTranslation("editor.importOther");
            }
            long keep = version;
            load(evaluations.summary(id), imported);
            version = keep;
            changed();
            Notification.show(getTranslation("editor.imported"));
            return null;
        } catch (InvalidDocumentException invalid) {
            return getTranslation("editor.importInvalid") + "\n" + Violations.describe(invalid.fields());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("editor.leave.title"),
                getTranslation("editor.leave.text"), getTranslation("editor.leave.go"), confirm -> {
                    dirty = false;
                    getElement().executeJs("window.onbeforeunload = null;");
                    action.proceed();
                }, getTranslation("editor.leave.stay"), cancel -> { });
        dialog.setId("unsaved-changes");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("editor.title");
    }
}
