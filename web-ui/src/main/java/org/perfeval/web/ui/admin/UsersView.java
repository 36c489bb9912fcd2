package org.perfeval.web.ui.admin;

import java.util.stream.Collectors;

import org.perfeval.core.account.AccountRefusedException;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.AccountView;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.account.audit.AccountAuditView;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.Roles;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.i18n.Times;
import org.perfeval.web.ui.layout.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Users and roles for administrators: the list, a new user with a department, roles granted and revoked, users
 * disabled and enabled, and the trail of every change. In the keycloak mode the changes go to the realm.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@Menu(title = "nav.users", order = 40)
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountView> users = new Grid<>(AccountView.class, false);
    private final Grid<AccountAuditView> trail = new Grid<>(AccountAuditView.class, false);
    private final RoleEditor roleEditor;

    UsersView(AccountService accounts, DepartmentService departments) {
        this.accounts = accounts;
        this.roleEditor = new RoleEditor(this::grantOrRevoke);
        add(new H2(getTranslation("admin.users.title")),
                new Paragraph(getTranslation("admin.users.directory." + accounts.directoryName())));
        NewUserForm form = new NewUserForm(departments.all(), this::create);
        users.setId("users");
        users.addColumn(AccountView::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        users.addColumn(AccountView::displayName).setHeader(getTranslation("admin.users.name")).setAutoWidth(true);
        users.addColumn(user -> user.departmentName() == null ? "—" : user.departmentName())
                .setHeader(getTranslation("evaluations.department")).setAutoWidth(true);
        users.addColumn(user -> user.roles().stream().map(role -> Shown.label(role)).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("admin.users.roles")).setAutoWidth(true);
        users.addColumn(user -> getTranslation(user.enabled() ? "admin.users.active" : "admin.users.disabled"))
                .setHeader(getTranslation("admin.users.state")).setAutoWidth(true);
        users.addComponentColumn(this::actions).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true);
        users.setAllRowsVisible(true);
        trail.setId("user-trail");
        trail.addColumn(entry -> Times.second(entry.occurredAt())).setHeader(getTranslation("admin.trail.when"))
                .setAutoWidth(true);
        trail.addColumn(AccountAuditView::actor).setHeader(getTranslation("admin.trail.actor")).setAutoWidth(true);
        trail.addColumn(entry -> getTranslation("admin.trail." + entry.action().name()))
                .setHeader(getTranslation("admin.trail.action")).setAutoWidth(true);
        trail.addColumn(AccountAuditView::target).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        trail.addColumn(AccountAuditView::detail).setHeader(getTranslation("admin.trail.detail")).setFlexGrow(1);
        trail.setAllRowsVisible(true);
        add(users, roleEditor, new H3(getTranslation("admin.users.new")), form,
                new H3(getTranslation("admin.trail.title")), trail);
        refresh();
    }

    private HorizontalLayout actions(AccountView user) {
        Button roles = new Button(getTranslation("admin.users.editRoles"), click -> roleEditor.edit(user));
        roles.setId("roles-" + user.username());
        Button toggle = new Button(getTranslation(user.enabled() ? "admin.users.disable" : "admin.users.enable"),
                click -> run(() -> {
                    if (user.enabled()) {
                        accounts.disable(user.username());
                    } else {
                        accounts.enable(user.username());
                    }
                }));
        toggle.setId((user.enabled() ? "disable-" : "enable-") + user.username());
        return new HorizontalLayout(roles, toggle);
    }

    private void grantOrRevoke(AccountView user, Role role, boolean granted) {
        run(() -> {
            if (granted) {
                accounts.grant(user.username(), role);
            } else {
                accounts.revoke(user.username(), role);
            }
        });
        accounts.find(user.username()).ifPresent(roleEditor::edit);
    }

    private boolean create(NewAccount account, NewUserForm form) {
        try {
            accounts.create(account);
            Notification.show(getTranslation("admin.users.created", account.username()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (AccountRefusedException refused) {
            form.show(refused.problems());
            return false;
        }
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (AccountRefusedException refused) {
            String message = refused.problems().stream().map(problem -> Shown.text(problem.text()))
                    .collect(Collectors.joining("；"));
            Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        users.setItems(accounts.all());
        trail.setItems(accounts.auditTrail(null));
        roleEditor.close();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · PerfEval";
    }
}
