package org.perfeval.web.ui.admin;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.perfeval.core.account.AccountRefusedException.FieldProblem;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.Role;
import org.perfeval.web.i18n.Shown;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** A new user: name, department, roles and an initial password; refusals shown at the field they concern. */
class NewUserForm extends FormLayout {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final ComboBox<DepartmentView> department = new ComboBox<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Map<String, HasValidation> fields;

    NewUserForm(List<DepartmentView> departments, BiPredicate<NewAccount, NewUserForm> create) {
        setId("new-user");
        username.setLabel(getTranslation("admin.users.username"));
        username.setId("new-username");
        displayName.setLabel(getTranslation("admin.users.name"));
        displayName.setId("new-display-name");
        email.setLabel(getTranslation("admin.users.email"));
        email.setId("new-email");
        password.setLabel(getTranslation("admin.users.password"));
        password.setId("new-password");
        department.setLabel(getTranslation("evaluations.department"));
        department.setId("new-department");
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name() + " (" + d.code() + ")");
        department.setClearButtonVisible(true);
        roles.setLabel(getTranslation("admin.users.roles"));
        roles.setId("new-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> Shown.label(role));
        fields = Map.of("username", username, "displayName", displayName, "email", email, "password", password,
                "departmentCode", department, "roles", roles);
        Button save = new Button(getTranslation("admin.users.create"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            NewAccount account = new NewAccount(username.getValue().strip(), displayName.getValue().strip(),
                    email.getValue().strip(), password.getValue(),
                    department.getValue() == null ? null : department.getValue().code(), roles.getValue());
            if (create.test(account, this)) {
                clear();
            }
        });
        save.setId("create-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(username, displayName, email, password, department, roles, save);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 3));
    }

    void show(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            HasValidation field = fields.getOrDefault(problem.field(), username);
            field.setErrorMessage(Shown.text(problem.text()));
            field.setInvalid(true);
        }
    }

    private void clear() {
        username.clear();
        displayName.clear();
        email.clear();
        password.clear();
        department.clear();
        roles.clear();
    }
}
