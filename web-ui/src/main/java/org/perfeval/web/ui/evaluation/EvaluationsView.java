package org.perfeval.web.ui.evaluation;

import java.math.BigDecimal;

import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationSummary;
import org.perfeval.core.security.Roles;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.ui.layout.MainLayout;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** The self-evaluations the user may see: their own department's, or their bureau's departments'. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.evaluations", order = 20)
@RolesAllowed({Roles.DRAFTER, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER, Roles.ADMIN})
class EvaluationsView extends VerticalLayout implements HasDynamicTitle {

    EvaluationsView(EvaluationService evaluations) {
        setSizeFull();
        add(new H2(getTranslation("evaluations.title")));
        var summaries = evaluations.visible();
        if (summaries.isEmpty()) {
            add(new Paragraph(getTranslation("evaluations.empty")));
            return;
        }
        Grid<EvaluationSummary> grid = new Grid<>(EvaluationSummary.class, false);
        grid.setId("evaluations");
        grid.addColumn(EvaluationSummary::departmentName).setHeader(getTranslation("evaluations.department"))
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(EvaluationSummary::year).setHeader(getTranslation("evaluations.year")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(s -> Shown.label(s.kind())).setHeader(getTranslation("evaluations.kind"))
                .setAutoWidth(true);
        grid.addColumn(s -> Shown.label(s.status()))
                .setHeader(getTranslation("evaluations.status")).setAutoWidth(true);
        grid.addColumn(s -> score(s.selfTotal(), Shown.label(s.selfGrade())))
                .setHeader(getTranslation("evaluations.self")).setAutoWidth(true);
        grid.addColumn(s -> Shown.total(s.computedTotal(), s.computedGrade(), s.pendingRows()))
                .setHeader(getTranslation("evaluations.computed")).setAutoWidth(true);
        grid.addColumn(EvaluationSummary::errorCount).setHeader(getTranslation("evaluations.errors"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(summaries);
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(
                EvaluationView.class, new RouteParameters("id", String.valueOf(click.getItem().id())))));
        grid.setSizeFull();
        add(grid);
    }

    private static String score(BigDecimal total, String grade) {
        return total == null ? "—" : total.stripTrailingZeros().toPlainString() + " " + grade;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluations.title") + " · PerfEval";
    }
}
