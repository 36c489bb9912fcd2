package org.perfeval.web.ui.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.Roles;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.ui.layout.MainLayout;
import org.perfeval.workflow.round.OpenRound;
import org.perfeval.workflow.round.RoundRefusedException;
import org.perfeval.workflow.round.RoundService;
import org.perfeval.workflow.round.RoundView;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * 年度自评任务: the rounds the user's bureau opened or that cover the user's department; finance reviewers and
 * administrators open a new one here. A refusal is shown at its field and the form keeps what was entered.
 */
@Route(value = "rounds", layout = MainLayout.class)
@Menu(title = "nav.rounds", order = 15)
@RolesAllowed({Roles.DRAFTER, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER, Roles.ADMIN})
class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final RoundService rounds;
    private final Grid<RoundView> grid = new Grid<>(RoundView.class, false);
    private final IntegerField year = new IntegerField();
    private final ComboBox<EvaluationKind> kind = new ComboBox<>();
    private final MultiSelectComboBox<DepartmentView> chosen = new MultiSelectComboBox<>();
    private final DatePicker due = new DatePicker();
    private final Paragraph problem = new Paragraph();

    RoundsView(RoundService rounds, DepartmentService departments) {
        this.rounds = rounds;
        add(new H2(getTranslation("rounds.title")));
        if (CurrentUsers.find().filter(user -> user.has(Role.FINANCE_REVIEWER) || user.has(Role.ADMIN)).isPresent()) {
            problem.setId("round-problem");
            problem.getStyle().set("color", "#b71c1c");
            add(new H3(getTranslation("rounds.open")), openForm(departments), problem);
        }
        grid.setId("rounds");
        grid.addColumn(RoundView::year).setHeader(getTranslation("rounds.year")).setAutoWidth(true);
        grid.addColumn(r -> Shown.label(r.kind())).setHeader(getTranslation("rounds.kind")).setAutoWidth(true);
        grid.addColumn(r -> r.dueDate().toString()).setHeader(getTranslation("rounds.due")).setAutoWidth(true);
        grid.addColumn(r -> r.evaluations().size()).setHeader(getTranslation("rounds.departments"))
                .setAutoWidth(true);
        grid.addColumn(RoundsView::progress).setHeader(getTranslation("rounds.progress")).setFlexGrow(1);
        grid.addItemClickListener(click -> open(click.getItem().id()));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private FormLayout openForm(DepartmentService departments) {
        year.setLabel(getTranslation("rounds.year"));
        year.setId("round-year");
        year.setValue(LocalDate.now().getYear() - 1);
        kind.setLabel(getTranslation("rounds.kind"));
        kind.setId("round-kind");
        kind.setItems(EvaluationKind.values());
        kind.setItemLabelGenerator(Shown::label);
        kind.setValue(EvaluationKind.DEPARTMENT_OVERALL);
        chosen.setLabel(getTranslation("rounds.chosen"));
        chosen.setHelperText(getTranslation("rounds.chosen.help"));
        chosen.setId("round-departments");
        chosen.setItemLabelGenerator(DepartmentView::name);
        chosen.setItems(departments.all().stream().filter(d -> !d.financeBureau()).toList());
        due.setLabel(getTranslation("rounds.due"));
        due.setId("round-due");
        due.setLocale(Shown.locale());
        Button open = new Button(getTranslation("rounds.open.button"), click -> submit());
        open.setId("open-round");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(year, kind, chosen, due, open);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private void submit() {
        clearErrors();
        List<String> codes = new ArrayList<>(chosen.getValue().stream().map(DepartmentView::code).sorted().toList());
        try {
            RoundView opened = rounds.open(new OpenRound(year.getValue(), kind.getValue(), codes, due.getValue()));
            open(opened.id());
        } catch (RoundRefusedException refused) {
            problem.setText(getTranslation("action.refused") + "：" + Shown.text(refused.text()));
            refused.fields().forEach(this::mark);
        }
    }

    private void mark(FieldRefusal field) {
        String pointer = field.pointer();
        String message = Shown.text(field.text());
        if (pointer.startsWith("/year")) {
            year.setInvalid(true);
            year.setErrorMessage(message);
        } else if (pointer.startsWith("/kind")) {
            kind.setInvalid(true);
            kind.setErrorMessage(message);
        } else if (pointer.startsWith("/dueDate")) {
            due.setInvalid(true);
            due.setErrorMessage(message);
        } else if (pointer.startsWith("/departments")) {
            chosen.setInvalid(true);
            chosen.setErrorMessage(message);
        }
    }

    private void clearErrors() {
        problem.setText("");
        year.setInvalid(false);
        kind.setInvalid(false);
        chosen.setInvalid(false);
        due.setInvalid(false);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(RoundPage.class, new RouteParameters("id", String.valueOf(id))));
    }

    private void refresh() {
        grid.setItems(rounds.visible());
    }

    private static String progress(RoundView round) {
        long submitted = round.evaluations().stream()
                .filter(e -> e.stage() != null && !e.stage().editableByDrafters()).count();
        return submitted + " / " + round.evaluations().size();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.title") + " · PerfEval";
    }
}
