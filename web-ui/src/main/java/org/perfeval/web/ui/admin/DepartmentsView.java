package org.perfeval.web.ui.admin;

import org.perfeval.core.department.DepartmentRefusedException;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.Roles;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.ui.layout.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Departments for administrators: finance bureaus and the departments reporting to them, registered here. */
@Route(value = "admin/departments", layout = MainLayout.class)
@Menu(title = "nav.departments", order = 50)
@RolesAllowed(Roles.ADMIN)
class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final DepartmentService departments;
    private final Grid<DepartmentView> grid = new Grid<>(DepartmentView.class, false);
    private final ComboBox<DepartmentView> bureau = new ComboBox<>();
    private final Paragraph problem = new Paragraph();

    DepartmentsView(DepartmentService departments) {
        this.departments = departments;
        grid.setId("departments");
        grid.addColumn(DepartmentView::code).setHeader(getTranslation("admin.departments.code")).setAutoWidth(true);
        grid.addColumn(DepartmentView::name).setHeader(getTranslation("admin.name")).setFlexGrow(1);
        grid.addColumn(d -> d.financeBureau() ? getTranslation("admin.departments.bureau")
                : d.bureauName() == null ? "" : d.bureauName()).setHeader(getTranslation("admin.departments.reportsTo"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        TextField code = new TextField(getTranslation("admin.departments.code"));
        code.setId("department-code");
        code.setMaxLength(32);
        TextField name = new TextField(getTranslation("admin.name"));
        name.setId("department-name");
        name.setMaxLength(200);
        Checkbox isBureau = new Checkbox(getTranslation("admin.departments.isBureau"));
        isBureau.setId("department-is-bureau");
        bureau.setLabel(getTranslation("admin.departments.reportsTo"));
        bureau.setId("department-bureau");
        bureau.setItemLabelGenerator(DepartmentView::name);
        isBureau.addValueChangeListener(event -> bureau.setEnabled(!event.getValue()));
        problem.setId("department-problem");
        problem.getStyle().set("color", "#b71c1c");
        Button register = new Button(getTranslation("admin.departments.register"), click -> {
            problem.setText("");
            try {
                DepartmentView registered = isBureau.getValue()
                        ? departments.registerBureau(code.getValue().strip(), name.getValue().strip())
                        : departments.registerDepartment(code.getValue().strip(), name.getValue().strip(),
                                bureau.getValue() == null ? null : bureau.getValue().code());
                Notification.show(getTranslation("admin.departments.registered", registered.name()), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                code.clear();
                name.clear();
                refresh();
            } catch (DepartmentRefusedException refused) {
                problem.setText(getTranslation("action.refused") + "：" + Shown.text(refused.text()));
            }
        });
        register.setId("register-department");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(code, name, isBureau, bureau, register);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(new H2(getTranslation("admin.departments.title")), grid, new H3(getTranslation("admin.departments.new")),
                form, problem);
        refresh();
    }

    private void refresh() {
        var all = departments.all();
        grid.setItems(all);
        bureau.setItems(all.stream().filter(DepartmentView::financeBureau).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.departments.title") + " · PerfEval";
    }
}
