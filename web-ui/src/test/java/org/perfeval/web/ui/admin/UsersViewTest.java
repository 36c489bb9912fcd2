package org.perfeval.web.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.AccountView;
import org.perfeval.core.account.audit.AccountAction;
import org.perfeval.core.account.audit.AccountAuditView;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.web.testing.LoggedInAs;
import org.perfeval.web.testing.ScreenTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** The administrators' user screen without a browser: create, refuse by field, grant, revoke, disable, audited. */
@SpringBootTest
@ActiveProfiles("test")
@LoggedInAs("admin")
class UsersViewTest extends ScreenTest {

    @Autowired
    AccountService accounts;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesAUserAndChangesItsRolesAndStateOnTheScreen() {
        navigate(UsersView.class);
        fill("chen.jing", "陈静", "Initial-2026");
        ComboBox<org.perfeval.core.department.DepartmentView> department =
                find(ComboBox.class).id("new-department");
        test(department).selectItem("郑州市金水区教育局 (JSJY)");
        test((CheckboxGroup<Role>) find(CheckboxGroup.class).id("new-roles")).selectItem("填报人");
        test(find(Button.class).id("create-user")).click();

        AccountView created = SystemUser.call(() -> accounts.find("chen.jing")).orElseThrow();
        assertThat(created.departmentCode()).isEqualTo("JSJY");
        assertThat(created.roles()).containsExactly(Role.DRAFTER);
        Grid<AccountView> grid = find(Grid.class).id("users");
        assertThat(test(grid).size()).isEqualTo(SystemUser.call(() -> accounts.all()).size());

        test(rowButton(grid, "chen.jing", 0)).click();
        CheckboxGroup<Role> roles = find(CheckboxGroup.class, find(RoleEditor.class).single()).single();
        test(roles).selectItem("部门审核人");
        test(roles).deselectItem("填报人");
        test(rowButton(find(Grid.class).id("users"), "chen.jing", 1)).click();

        AccountView changed = SystemUser.call(() -> accounts.find("chen.jing")).orElseThrow();
        assertThat(changed.roles()).containsExactly(Role.DEPT_REVIEWER);
        assertThat(changed.enabled()).isFalse();
        assertThat(SystemUser.call(() -> accounts.auditTrail("chen.jing"))).extracting(AccountAuditView::action)
                .containsExactly(AccountAction.DISABLE, AccountAction.REVOKE, AccountAction.GRANT,
                        AccountAction.CREATE);
        Grid<AccountAuditView> trail = find(Grid.class).id("user-trail");
        assertThat(test(trail).getCellText(0, 2)).isEqualTo("停用");
    }

    @Test
    void aRefusedUserIsExplainedAtEachFieldAndNothingIsStored() {
        navigate(UsersView.class);
        fill("Bad Name", "", "short");
        test(find(EmailField.class).id("new-email")).setValue("not-mail");
        test(find(Button.class).id("create-user")).click();

        assertThat(find(TextField.class).id("new-username").isInvalid()).isTrue();
        assertThat(find(TextField.class).id("new-username").getErrorMessage()).contains("用户名须为");
        assertThat(find(TextField.class).id("new-display-name").getErrorMessage()).isEqualTo("姓名为必填项，最多 100 个字符");
        assertThat(find(PasswordField.class).id("new-password").getErrorMessage()).isEqualTo("初始密码须为 8–72 字节");
        assertThat(find(EmailField.class).id("new-email").isInvalid()).isTrue();
        assertThat(SystemUser.call(() -> accounts.find("bad name"))).isEmpty();
    }

    /** The {@code index}th button in the actions column of {@code username}'s row. */
    private Button rowButton(Grid<AccountView> grid, String username, int index) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).username().equals(username)) {
                return (Button) test(grid).getCellComponent(row, 5).getChildren().skip(index).findFirst()
                        .orElseThrow();
            }
        }
        throw new AssertionError("no row for " + username);
    }

    private void fill(String username, String name, String password) {
        test(find(TextField.class).id("new-username")).setValue(username);
        test(find(TextField.class).id("new-display-name")).setValue(name);
        test(find(PasswordField.class).id("new-password")).setValue(password);
    }
}
