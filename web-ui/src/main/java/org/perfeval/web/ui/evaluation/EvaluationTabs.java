package org.perfeval.web.ui.evaluation;

import java.util.List;
import java.util.stream.Collectors;

import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.i18n.Times;
import org.perfeval.workflow.audit.AuditView;
import org.perfeval.workflow.history.ScoreSnapshotView;
import org.perfeval.workflow.process.ProcessDiagram;
import org.perfeval.workflow.rectification.RectificationItemView;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The evaluation page's other tabs: score history, rectification items, timeline with diagram, written report. */
final class EvaluationTabs {

    private EvaluationTabs() {
    }

    static Component history(Component owner, List<ScoreSnapshotView> snapshots) {
        Grid<ScoreSnapshotView> grid = grid(ScoreSnapshotView.class, "score-history");
        grid.addColumn(s -> Times.minute(s.at())).setHeader(t(owner, "history.when")).setAutoWidth(true);
        grid.addColumn(s -> Shown.label(s.stage())).setHeader(t(owner, "history.stage"))
                .setAutoWidth(true);
        grid.addColumn(s -> Shown.label(s.action())).setHeader(t(owner, "history.action"))
                .setAutoWidth(true);
        grid.addColumn(ScoreSnapshotView::actor).setHeader(t(owner, "history.actor")).setAutoWidth(true);
        grid.addColumn(s -> s.total().toPlainString() + " " + s.grade()).setHeader(t(owner, "history.total"))
                .setAutoWidth(true);
        grid.addColumn(ScoreSnapshotView::errorCount).setHeader(t(owner, "history.errors")).setAutoWidth(true);
        grid.addColumn(s -> s.changedRows() == null ? "" : s.changedRows().stream().map(row -> String.valueOf(row + 1))
                .collect(Collectors.joining(", "))).setHeader(t(owner, "history.changed")).setFlexGrow(1);
        grid.setItems(snapshots);
        return grid;
    }

    static Component rectification(Component owner, SelfEvaluationDocument document,
                                   List<RectificationItemView> items) {
        if (items.isEmpty()) {
            return new Paragraph(t(owner, "rectification.none"));
        }
        Grid<RectificationItemView> grid = grid(RectificationItemView.class, "rectification-items");
        grid.addColumn(RectificationItemView::round).setHeader(t(owner, "rectification.round")).setAutoWidth(true);
        grid.addColumn(item -> item.indicatorRow() == null ? item.findingCode()
                : (item.indicatorRow() + 1) + " · " + document.indicators().get(item.indicatorRow()).level3())
                .setHeader(t(owner, "rectification.row")).setAutoWidth(true);
        grid.addColumn(RectificationItemView::request).setHeader(t(owner, "rectification.request")).setFlexGrow(1);
        grid.addColumn(item -> item.answer() == null ? "—" : item.answer())
                .setHeader(t(owner, "rectification.answer")).setFlexGrow(1);
        grid.addColumn(item -> item.answeredBy() == null ? "" : item.answeredBy())
                .setHeader(t(owner, "rectification.answeredBy")).setAutoWidth(true);
        grid.setItems(items);
        return grid;
    }

    static Component timeline(Component owner, List<AuditView> trail, ProcessDiagram diagram) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        Div picture = new Div(new Html("<div>" + DiagramSvg.render(diagram) + "</div>"));
        picture.setWidthFull();
        picture.getStyle().set("overflow-x", "auto");
        Grid<AuditView> grid = grid(AuditView.class, "timeline");
        grid.addColumn(a -> Times.minute(a.at())).setHeader(t(owner, "history.when")).setAutoWidth(true);
        grid.addColumn(AuditView::actor).setHeader(t(owner, "history.actor")).setAutoWidth(true);
        grid.addColumn(a -> Shown.label(a.action())).setHeader(t(owner, "history.action"))
                .setAutoWidth(true);
        grid.addColumn(a -> Shown.label(a.fromStage()) + " → " + Shown.label(a.toStage())).setHeader(t(owner, "history.stage")).setAutoWidth(true);
        grid.addColumn(a -> a.reason() == null ? "" : a.reason()).setHeader(t(owner, "timeline.reason"))
                .setFlexGrow(1);
        grid.setItems(trail);
        layout.add(new H3(t(owner, "timeline.diagram")), picture, grid);
        return layout;
    }

    static Component report(Component owner, SelfEvaluationDocument document) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("written-report");
        for (ReportSection section : ReportSection.inOrder()) {
            String text = document.report().get(section);
            Paragraph body = new Paragraph(text == null || text.isBlank() ? t(owner, "report.empty") : text);
            body.getStyle().set("white-space", "pre-line");
            layout.add(new H3(Shown.label(section)), body);
        }
        return layout;
    }

    private static <T> Grid<T> grid(Class<T> type, String id) {
        Grid<T> grid = new Grid<>(type, false);
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        return grid;
    }

    private static String t(Component owner, String key) {
        return owner.getTranslation(key);
    }
}
