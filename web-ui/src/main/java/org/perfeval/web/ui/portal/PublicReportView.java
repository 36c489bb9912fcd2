package org.perfeval.web.ui.portal;

import org.perfeval.web.i18n.Shown;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.web.i18n.Times;
import org.perfeval.workflow.disclosure.PublicReport;
import org.perfeval.workflow.disclosure.PublicReports;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * One disclosed report as frozen at disclosure: approved score and grade, the self-evaluation table, the written
 * report, and the SHA-256 of the frozen text so anyone can check a copy.
 */
@Route(value = "public/:id", layout = PublicLayout.class)
@AnonymousAllowed
class PublicReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicReports reports;
    private String title = "";

    PublicReportView(PublicReports reports) {
        this.reports = reports;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<PublicReport> found = event.getRouteParameters().getLong("id").flatMap(reports::report);
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("portal.notDisclosed")));
            return;
        }
        PublicReport report = found.get();
        SelfEvaluationDocument document = report.document();
        title = report.departmentName() + " " + report.year();
        add(new H2(title + " " + getTranslation("evaluation.title")));
        Span score = new Span(getTranslation("portal.score") + "：" + report.total().toPlainString() + " "
                + report.grade());
        score.setId("portal-score");
        score.getStyle().set("font-size", "1.25rem").set("font-weight", "600");
        Code hash = new Code(report.sha256());
        hash.setId("portal-sha256");
        hash.getStyle().set("word-break", "break-all");
        Anchor pdf = new Anchor("api/public/reports/" + report.evaluationId() + ".pdf", getTranslation("portal.pdf"));
        pdf.setId("portal-pdf");
        pdf.setRouterIgnore(true);
        add(score, pdf, new Paragraph(getTranslation("portal.disclosedAt") + "：" + Times.day(
                report.disclosedAt())), new Paragraph(new Span(getTranslation("portal.sha256") + "："), hash));
        if (document.annualGoal() != null) {
            add(new H3(getTranslation("editor.goal")), new Paragraph(document.annualGoal().text()));
        }
        add(new H3(getTranslation("evaluation.indicators")), indicators(document, report));
        if (!report.adjudicated().isEmpty()) {
            add(adjudicated(report));
        }
        for (ReportSection section : ReportSection.inOrder()) {
            String text = document.report().get(section);
            if (text != null && !text.isBlank()) {
                Paragraph body = new Paragraph(text);
                body.getStyle().set("white-space", "pre-line");
                add(new H3(Shown.label(section)), body);
            }
        }
    }

    /** The rows the finance bureau decided because the rules could not: which, the score and the reason. */
    private Div adjudicated(PublicReport report) {
        Div list = new Div(new H3(getTranslation("portal.adjudicated")));
        list.setId("portal-adjudicated");
        for (PublicReport.Adjudicated row : report.adjudicated()) {
            list.add(new Paragraph(getTranslation("portal.adjudicatedRow", row.row() + 1, row.indicator(),
                    row.score().stripTrailingZeros().toPlainString(), row.reason())));
        }
        return list;
    }

    private Grid<Indicator> indicators(SelfEvaluationDocument document, PublicReport report) {
        Map<Indicator, PublicReport.Adjudicated> decided = new IdentityHashMap<>();
        report.adjudicated().forEach(row -> decided.put(document.indicators().get(row.row()), row));
        Grid<Indicator> grid = new Grid<>(Indicator.class, false);
        grid.setId("portal-indicators");
        grid.addColumn(Indicator::level1).setHeader(getTranslation("evaluation.level1")).setAutoWidth(true);
        grid.addColumn(Indicator::level2).setHeader(getTranslation("editor.level2")).setAutoWidth(true);
        grid.addColumn(Indicator::level3).setHeader(getTranslation("evaluation.level3")).setFlexGrow(1);
        grid.addColumn(Indicator::target).setHeader(getTranslation("evaluation.target")).setAutoWidth(true);
        grid.addColumn(Indicator::actual).setHeader(getTranslation("evaluation.actual")).setAutoWidth(true);
        grid.addColumn(row -> row.weight().toPlainString()).setHeader(getTranslation("evaluation.weight"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.selfScore() == null ? "—" : row.selfScore().toPlainString())
                .setHeader(getTranslation("evaluation.selfScore")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            PublicReport.Adjudicated decision = decided.get(row);
            Span mark = new Span(decision == null ? "" : getTranslation("adjudication.adjudicated"));
            if (decision != null) {
                mark.getElement().getThemeList().add("badge success");
                mark.getElement().setAttribute("title", decision.reason());
            }
            return mark;
        }).setHeader(getTranslation("evaluation.adjudication")).setAutoWidth(true);
        grid.setItems(document.indicators());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title + " · PerfEval";
    }
}
