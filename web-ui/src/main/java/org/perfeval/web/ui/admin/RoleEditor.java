package org.perfeval.web.ui.admin;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.perfeval.core.account.AccountView;
import org.perfeval.core.security.Role;
import org.perfeval.web.i18n.Shown;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One user's roles as check boxes; each tick grants, each untick revokes, at once. */
class RoleEditor extends HorizontalLayout {

    /** What a change of one role means for one user. */
    interface Change {
        void apply(AccountView user, Role role, boolean granted);
    }

    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Span who = new Span();
    private AccountView user;
    private boolean showing;

    RoleEditor(Change change) {
        setId("role-editor");
        setDefaultVerticalComponentAlignment(Alignment.CENTER);
        getStyle().set("flex-wrap", "wrap");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> Shown.label(role));
        roles.addValueChangeListener(event -> {
            if (showing || user == null) {
                return;
            }
            Set<Role> before = event.getOldValue();
            Set<Role> after = event.getValue();
            AccountView changed = user;
            Arrays.stream(Role.values()).filter(role -> before.contains(role) != after.contains(role))
                    .forEach(role -> change.apply(changed, role, after.contains(role)));
        });
        add(who, roles, new Button(getTranslation("admin.users.close"), click -> close()));
        setVisible(false);
    }

    void edit(AccountView user) {
        this.user = user;
        who.setText(getTranslation("admin.users.rolesOf", user.displayName() + " (" + user.username() + ")"));
        showing = true;
        try {
            roles.setValue(user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
        } finally {
            showing = false;
        }
        setVisible(true);
    }

    void close() {
        user = null;
        setVisible(false);
    }
}
