package org.perfeval.web.ui.inbox;

import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Roles;
import org.perfeval.scoring.text.Text;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.i18n.Times;
import org.perfeval.web.ui.layout.MainLayout;
import org.perfeval.web.ui.layout.Routes;
import org.perfeval.workflow.inbox.InboxItem;
import org.perfeval.workflow.inbox.InboxQuery;
import org.perfeval.workflow.inbox.InboxService;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The tasks waiting for the user, loaded page by page as the grid scrolls; filtered by stage, department and
 * overdue, sorted by arrival or due date; overdue ones marked.
 */
@Route(value = "inbox", layout = MainLayout.class)
@Menu(title = "nav.inbox", order = 10)
@RolesAllowed({Roles.DRAFTER, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER, Roles.ADMIN})
class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final Select<EvaluationStatus> stage = new Select<>();
    private final ComboBox<DepartmentView> department = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final Span count = new Span();

    InboxView(InboxService queries, DepartmentService departments) {
        setSizeFull();
        Grid<InboxItem> grid = new Grid<>(InboxItem.class, false);
        grid.setId("inbox");
        grid.addColumn(InboxItem::departmentName).setHeader(getTranslation("evaluations.department"))
                .setAutoWidth(true);
        grid.addColumn(InboxItem::year).setHeader(getTranslation("evaluations.year")).setAutoWidth(true);
        grid.addColumn(item -> Shown.label(item.stage()))
                .setHeader(getTranslation("evaluations.status")).setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("inbox.due")).setAutoWidth(true)
                .setSortable(true).setKey("DUE");
        grid.addColumn(item -> Times.minute(item.createdAt())).setHeader(getTranslation("inbox.arrived"))
                .setAutoWidth(true).setSortable(true).setKey("ARRIVED");
        grid.addColumn(item -> item.latestScore().toPlainString() + " " + item.latestGrade() + provisional(item))
                .setHeader(getTranslation("inbox.score")).setAutoWidth(true);
        grid.addColumn(item -> item.assignee() == null ? "" : item.assignee())
                .setHeader(getTranslation("inbox.holder")).setAutoWidth(true);
        grid.setPageSize(50);
        grid.setItems(query -> {
            InboxQuery filter = filter(query.getSortOrders().stream().findFirst()
                    .map(order -> InboxQuery.Sort.valueOf(order.getSorted())).orElse(InboxQuery.Sort.ARRIVED),
                    query.getSortOrders().stream().findFirst()
                            .map(order -> order.getDirection() == SortDirection.ASCENDING).orElse(true));
            return queries.inbox(filter, query.getOffset(), query.getLimit()).stream();
        }, query -> {
            long total = queries.inboxCount(filter(InboxQuery.Sort.ARRIVED, true));
            count.setText(getTranslation("inbox.count", total));
            return (int) Math.min(total, Integer.MAX_VALUE);
        });
        grid.addItemClickListener(click -> Routes.open(Routes.EVALUATION, click.getItem().evaluationId()));

        stage.setLabel(getTranslation("evaluations.status"));
        stage.setItems(EvaluationStatus.DRAFTING, EvaluationStatus.INTERNAL_REVIEW, EvaluationStatus.FINANCE_CHECK,
                EvaluationStatus.RECTIFICATION, EvaluationStatus.PUBLICATION);
        stage.setItemLabelGenerator(status -> status == null ? getTranslation("inbox.allStages")
                : Shown.label(status));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("inbox.allStages"));
        stage.setId("inbox-stage");
        department.setLabel(getTranslation("evaluations.department"));
        department.setItems(departments.all().stream().filter(d -> !d.financeBureau()).toList());
        department.setItemLabelGenerator(DepartmentView::name);
        department.setClearButtonVisible(true);
        department.setId("inbox-department");
        overdue.setLabel(getTranslation("inbox.overdueOnly"));
        overdue.setId("inbox-overdue");
        stage.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        department.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        overdue.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        count.setId("inbox-count");
        HorizontalLayout filters = new HorizontalLayout(stage, department, overdue, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("inbox.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private InboxQuery filter(InboxQuery.Sort sort, boolean ascending) {
        return new InboxQuery(stage.getValue(), department.getValue() == null ? null : department.getValue().code(),
                overdue.getValue(), sort, ascending);
    }

    /** "待认定" beside a total that awaits the finance reviewer's decision on some rows. */
    private static String provisional(InboxItem item) {
        return item.pendingRows() == 0 ? "" : " · " + Shown.text(Text.of("fragment.provisional", item.pendingRows()));
    }

    private Span due(InboxItem item) {
        String text = item.dueDate() == null ? "" : Times.minute(item.dueDate());
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
