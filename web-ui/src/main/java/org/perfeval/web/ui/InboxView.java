package org.perfeval.web.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.perfeval.workflow.process.InboxItem;
import org.perfeval.workflow.process.WorkflowQueries;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** The tasks waiting for the user, oldest first, overdue ones marked. */
@Route(value = "inbox", layout = MainLayout.class)
@RolesAllowed({"DRAFTER", "DEPT_REVIEWER", "FINANCE_REVIEWER", "ADMIN"})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public InboxView(WorkflowQueries queries) {
        setSizeFull();
        add(new H2(getTranslation("inbox.title")));
        var items = queries.inbox();
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("inbox.empty")));
            return;
        }
        Grid<InboxItem> grid = new Grid<>(InboxItem.class, false);
        grid.setId("inbox");
        grid.addColumn(InboxItem::departmentName).setHeader(getTranslation("evaluations.department")).setAutoWidth(true);
        grid.addColumn(InboxItem::year).setHeader(getTranslation("evaluations.year")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("status." + item.stage().name()))
                .setHeader(getTranslation("evaluations.status")).setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("inbox.due")).setAutoWidth(true);
        grid.addColumn(item -> item.latestScore().toPlainString() + " " + item.latestGrade())
                .setHeader(getTranslation("inbox.score")).setAutoWidth(true);
        grid.addColumn(item -> item.assignee() == null ? "" : item.assignee())
                .setHeader(getTranslation("inbox.holder")).setAutoWidth(true);
        grid.setItems(items);
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(
                EvaluationView.class, new RouteParameters("id", String.valueOf(click.getItem().evaluationId())))));
        add(grid);
    }

    private Span due(InboxItem item) {
        String text = item.dueDate() == null ? "" : DUE.format(item.dueDate());
        Span due = new Span(item.overdue() ? text + " · " + getTranslation("inbox.overdue") : text);
        if (item.overdue()) {
            due.getStyle().set("color", "#c62828").set("font-weight", "600");
        }
        return due;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · PerfEval";
    }
}
