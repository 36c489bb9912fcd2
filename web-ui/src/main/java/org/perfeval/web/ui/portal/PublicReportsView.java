package org.perfeval.web.ui.portal;

import java.util.List;
import java.util.Objects;

import org.perfeval.web.i18n.Times;
import org.perfeval.web.ui.layout.Routes;
import org.perfeval.workflow.disclosure.PublicReport;
import org.perfeval.workflow.disclosure.PublicReports;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Disclosed self-evaluations by year and department, for anyone. */
@Route(value = Routes.PUBLIC_REPORTS, layout = PublicLayout.class)
@Menu(title = "nav.public", order = 80)
@AnonymousAllowed
class PublicReportsView extends VerticalLayout implements HasDynamicTitle {

    PublicReportsView(PublicReports reports) {
        setPadding(false);
        add(new H2(getTranslation("portal.reports")));
        List<PublicReport> all = reports.disclosed(null);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("portal.none")));
            return;
        }
        ComboBox<Integer> year = new ComboBox<>(getTranslation("evaluations.year"));
        year.setItems(all.stream().map(PublicReport::year).distinct().sorted((a, b) -> b - a).toList());
        year.setClearButtonVisible(true);
        year.setId("portal-year");
        TextField department = new TextField(getTranslation("evaluations.department"));
        department.setValueChangeMode(ValueChangeMode.LAZY);
        department.setClearButtonVisible(true);
        department.setId("portal-department");
        Grid<PublicReport> grid = new Grid<>(PublicReport.class, false);
        grid.setId("public-reports");
        grid.addColumn(PublicReport::year).setHeader(getTranslation("evaluations.year")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(r -> r.departmentName() + (r.project() == null ? "" : " · " + r.project()))
                .setHeader(getTranslation("evaluations.department")).setFlexGrow(1);
        grid.addColumn(r -> r.total().toPlainString() + " " + r.grade()).setHeader(getTranslation("portal.score"))
                .setAutoWidth(true);
        grid.addColumn(r -> Times.day(r.disclosedAt())).setHeader(getTranslation("portal.disclosedAt"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Runnable filter = () -> grid.setItems(all.stream()
                .filter(r -> year.getValue() == null || Objects.equals(year.getValue(), r.year()))
                .filter(r -> department.getValue().isBlank() || r.departmentName().contains(department.getValue()))
                .toList());
        year.addValueChangeListener(event -> filter.run());
        department.addValueChangeListener(event -> filter.run());
        filter.run();
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(
                PublicReportView.class, new RouteParameters("id", String.valueOf(click.getItem().evaluationId())))));
        HorizontalLayout filters = new HorizontalLayout(year, department);
        filters.getStyle().set("flex-wrap", "wrap");
        add(filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.reports") + " · PerfEval";
    }
}
