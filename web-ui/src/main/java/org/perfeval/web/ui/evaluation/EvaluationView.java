package org.perfeval.web.ui.evaluation;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.perfeval.core.evaluation.EvaluationNotFoundException;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationSummary;
import org.perfeval.core.evaluation.adjudication.StoredAdjudication;
import org.perfeval.core.print.EvaluationPdf;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.Roles;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.i18n.Times;
import org.perfeval.web.ui.layout.MainLayout;
import org.perfeval.web.ui.layout.Routes;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * One self-evaluation read-only: the recomputed score beside the department's own, row by row with the rule that
 * decided each score, and every finding.
 */
@Route(value = Routes.EVALUATION, layout = MainLayout.class)
@RolesAllowed({Roles.DRAFTER, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER, Roles.ADMIN})
class EvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EvaluationService evaluations;
    private final WorkflowRecords workflow;
    private final EvaluationPdf pdfs;
    private String title = "";

    EvaluationView(EvaluationService evaluations, WorkflowRecords workflow, EvaluationPdf pdfs) {
        this.evaluations = evaluations;
        this.workflow = workflow;
        this.pdfs = pdfs;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong("id").orElse(-1L));
    }

    private void show(long id) {
        removeAll();
        try {
            EvaluationSummary summary = evaluations.summary(id);
            SelfEvaluationDocument document = evaluations.export(id);
            show(summary, document, evaluations.score(id));
            ActionBar actions = new ActionBar(workflow, id, document, workflow.actions().actions(id), () -> show(id));
            if (summary.status().editableByDrafters() && CurrentUsers.find().filter(user -> user.has(Role.DRAFTER)
                    && summary.departmentCode().equals(user.departmentCode())).isPresent()) {
                RouterLink edit = Routes.link(getTranslation("evaluation.edit"), Routes.EDITOR, id);
                edit.setId("edit-form");
                actions.addComponentAsFirst(edit);
            }
            actions.add(workbookDownload(id));
            actions.add(PdfDownload.link(pdfs, id, getLocale(), getTranslation("evaluation.pdf")));
            addComponentAtIndex(1, actions);
        } catch (EvaluationNotFoundException | AccessDeniedException e) {
            add(new Paragraph(getTranslation("evaluation.notFound")));
        }
    }

    /** The form as an .xlsx in its kind's familiar layout, for the department's files or to fill in offline. */
    private Anchor workbookDownload(long id) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] workbook = evaluations.exportWorkbook(id);
            return new DownloadResponse(new ByteArrayInputStream(workbook), "self-evaluation-" + id + ".xlsx",
                    WorkbookReader.CONTENT_TYPE, workbook.length);
        }), getTranslation("evaluation.exportWorkbook"));
        download.setId("evaluation-export-xlsx");
        return download;
    }

    private void show(EvaluationSummary summary, SelfEvaluationDocument document, ScoreResult score) {
        title = summary.departmentName() + " " + summary.year();
        add(new H2(title + " " + getTranslation("evaluation.title")));
        FlexLayout facts = new FlexLayout(
                fact("evaluation.total", Shown.total(score)),
                fact("evaluation.selfTotal", summary.selfTotal() == null ? "—"
                        : summary.selfTotal().stripTrailingZeros().toPlainString() + " "
                        + Shown.label(summary.selfGrade())),
                fact("evaluation.budget", score.budget().rate() == null ? "—" : score.budget().rate() + "%"),
                fact("evaluations.status", Shown.label(summary.status())),
                fact("evaluation.scheme", score.schemeId() + " v" + score.schemeVersion()));
        facts.setId("evaluation-facts");
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.getStyle().set("gap", "0.5rem");
        add(facts);
        long id = summary.id();
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("evaluation.findings")), findings(score),
                new H3(getTranslation("evaluation.indicators")), indicators(id, document, score));
        form.setPadding(false);
        TabSheet tabs = new TabSheet();
        tabs.setId("evaluation-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("tab.form"), form);
        tabs.add(getTranslation("tab.history"), new LazyTab(() -> EvaluationTabs.history(this,
                workflow.history().scoreHistory(id))));
        tabs.add(getTranslation("tab.rectification"), new LazyTab(() -> EvaluationTabs.rectification(this, document,
                workflow.rectification().items(id))));
        tabs.add(getTranslation("tab.timeline"), new LazyTab(() -> EvaluationTabs.timeline(this,
                workflow.audit().timeline(id), workflow.diagrams().of(id))));
        tabs.add(getTranslation("tab.report"), EvaluationTabs.report(this, document));
        add(tabs);
    }

    private Span fact(String key, String value) {
        Span span = new Span(getTranslation(key) + "：" + value);
        span.addClassName("perfeval-fact");
        span.getStyle().set("padding", "0.25rem 0.6rem")
                .set("border-radius", "0.5rem")
                .set("background", "rgba(0, 0, 0, 0.05)");
        return span;
    }

    private Component findings(ScoreResult score) {
        if (score.findings().isEmpty()) {
            return new Paragraph(getTranslation("evaluation.noFindings"));
        }
        Grid<Finding> grid = new Grid<>(Finding.class, false);
        grid.setId("findings");
        grid.addComponentColumn(f -> badge(f)).setHeader(getTranslation("evaluation.severity")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> Shown.text(f.text()))
                .setHeader(getTranslation("evaluation.message")).setFlexGrow(1);
        grid.addColumn(f -> Shown.text(f.place())).setHeader(getTranslation("evaluation.where")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(score.findings());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Span badge(Finding finding) {
        Span badge = new Span(Shown.label(finding.severity()));
        badge.getElement().getThemeList().add(switch (finding.severity()) {
            case ERROR -> "badge error";
            case WARNING -> "badge";
            case INFO -> "badge contrast";
        });
        return badge;
    }

    private Grid<RowResult> indicators(long id, SelfEvaluationDocument document, ScoreResult score) {
        Grid<RowResult> grid = new Grid<>(RowResult.class, false);
        grid.setId("indicators");
        grid.addColumn(row -> row.index() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowResult::level1).setHeader(getTranslation("evaluation.level1")).setAutoWidth(true);
        grid.addColumn(RowResult::level3).setHeader(getTranslation("evaluation.level3")).setAutoWidth(true);
        grid.addColumn(row -> indicator(document, row).target()).setHeader(getTranslation("evaluation.target"))
                .setAutoWidth(true);
        grid.addColumn(row -> indicator(document, row).actual()).setHeader(getTranslation("evaluation.actual"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.weight().toPlainString()).setHeader(getTranslation("evaluation.weight"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.score().toPlainString()).setHeader(getTranslation("evaluation.score"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.selfScore() == null ? "—" : row.selfScore().toPlainString())
                .setHeader(getTranslation("evaluation.selfScore")).setAutoWidth(true);
        grid.addColumn(row -> Shown.text(row.explanation()))
                .setHeader(getTranslation("evaluation.explanation")).setFlexGrow(1);
        Map<Integer, StoredAdjudication> decided = workflow.adjudications().adjudications(id).stream()
                .collect(Collectors.toMap(StoredAdjudication::row, Function.identity()));
        boolean mayDecide = score.indicators().stream().anyMatch(row -> row.unverified() || row.adjudicated())
                && workflow.adjudications().mayAdjudicate(id);
        grid.addComponentColumn(row -> adjudication(id, row, decided.get(row.index()), mayDecide))
                .setHeader(getTranslation("evaluation.adjudication")).setAutoWidth(true);
        grid.setItems(score.indicators());
        grid.setPartNameGenerator(row -> row.difference() != null && row.difference().signum() != 0 ? "differs" : null);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /**
     * The row's 认定: 待认定 or 已认定 with its reason, the reviewer's control on a row the rules cannot decide, and
     * for a decision an edit made moot (the rules now score the row) a line saying the rules' score counts.
     */
    private Component adjudication(long id, RowResult row, StoredAdjudication decision, boolean mayDecide) {
        Div cell = new Div();
        if (row.unverified()) {
            cell.add(mark("adjudication.pending", "badge"));
        } else if (row.adjudicated() && decision != null) {
            Span mark = mark("adjudication.adjudicated", "badge success");
            mark.getElement().setAttribute("title", decision.reason());
            Div line = new Div(getTranslation("adjudication.reasonLine", decision.reason()));
            line.getStyle().set("font-size", "var(--lumo-font-size-s)");
            // who decided is in the timeline tab, by the same login name as every other step
            Div who = new Div(getTranslation("adjudication.decidedAt", Times.minute(decision.decidedAt())));
            who.getStyle().set("font-size", "var(--lumo-font-size-xs)")
                    .set("color", "var(--lumo-secondary-text-color)");
            cell.add(mark, line, who);
        } else if (decision != null) {
            cell.add(new Div(getTranslation("adjudication.moot", decision.score().stripTrailingZeros()
                    .toPlainString())));
        }
        if (mayDecide && (row.unverified() || row.adjudicated())) {
            Button decide = new Button(getTranslation("adjudication.action"), click -> new AdjudicationDialog(
                    workflow.adjudications(), id, row, decision, () -> show(id)).open());
            decide.setId("adjudicate-" + row.index());
            decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(decide);
        }
        return cell;
    }

    private Span mark(String key, String theme) {
        Span mark = new Span(getTranslation(key));
        mark.getElement().getThemeList().add(theme);
        return mark;
    }

    private static Indicator indicator(SelfEvaluationDocument document, RowResult row) {
        return document.indicators().get(row.index());
    }

    @Override
    public String getPageTitle() {
        return title + " · PerfEval";
    }
}
