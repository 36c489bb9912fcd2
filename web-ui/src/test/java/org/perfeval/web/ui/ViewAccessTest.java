package org.perfeval.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.web.testing.LoggedIn;
import org.perfeval.web.testing.ScreenTest;
import org.perfeval.web.ui.admin.DeadlinesView;
import org.perfeval.web.ui.admin.DepartmentsView;
import org.perfeval.web.ui.admin.SchemesView;
import org.perfeval.web.ui.admin.UsersView;
import org.perfeval.web.ui.editor.EditorView;
import org.perfeval.web.ui.portal.PublicReportsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Every screen against every kind of user, without a browser: which view each one lands on. Anonymous users are sent
 * to the login, users without a role or department to the "no access" page, and a department's evaluation stays
 * closed to another department even when opened by its address.
 */
@SpringBootTest
@ActiveProfiles("test")
class ViewAccessTest extends ScreenTest {

    private static final String NOBODY = "no.role";

    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    EvaluationService evaluations;

    private long seed;

    @BeforeEach
    void seedAndNewcomer() {
        LoggedIn.as(users, "admin", () -> {
            if (accounts.find(NOBODY).isEmpty()) {
                accounts.create(new NewAccount(NOBODY, "无角色", null, "perfeval-1", null, Set.of()));
            }
            seed = evaluations.visible().stream().filter(e -> e.project() == null).findFirst().orElseThrow().id();
        });
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachUserLandsOnTheViewTheirRoleAllows() {
        Map<String, Class<?>> routes = new LinkedHashMap<>();
        routes.put("", EvaluationsView.class);
        routes.put("inbox", InboxView.class);
        routes.put("evaluations/" + seed, EvaluationView.class);
        routes.put("admin/users", UsersView.class);
        routes.put("admin/deadlines", DeadlinesView.class);
        routes.put("admin/departments", DepartmentsView.class);
        routes.put("admin/schemes", SchemesView.class);
        routes.put("notifications", NotificationsView.class);
        routes.put("evaluations/" + seed + "/edit", EditorView.class);

        for (String user : new String[] {"drafter", "reviewer", "edu-drafter", "edu-reviewer", "finance", "admin"}) {
            for (var route : routes.entrySet()) {
                Class<?> expected = allowed(user, route.getValue()) ? route.getValue() : null;
                Class<?> landed = open(user, route.getKey());
                if (expected == null) {
                    assertThat(landed).as(user + " → /" + route.getKey()).isNotEqualTo(UsersView.class);
                } else {
                    assertThat(landed).as(user + " → /" + route.getKey()).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void anonymousUsersAreSentToTheLoginAndUsersWithoutARoleToTheNoAccessPage() {
        for (String route : new String[] {"", "inbox", "evaluations/" + seed, "admin/users", "admin/deadlines",
                "admin/departments", "admin/schemes", "notifications", "evaluations/" + seed + "/edit"}) {
            assertThat(open(null, route)).as("anonymous → /" + route).isEqualTo(LoginView.class);
            assertThat(open(NOBODY, route)).as(NOBODY + " → /" + route).isEqualTo(NoAccessView.class);
        }
        assertThat(open(null, "login")).isEqualTo(LoginView.class);
        assertThat(open(null, "public")).isEqualTo(PublicReportsView.class);
        assertThat(open(NOBODY, "public")).isEqualTo(PublicReportsView.class);
    }

    @Test
    void anotherDepartmentsEvaluationOpenedByItsAddressShowsNothingOfIt() {
        assertThat(open("edu-drafter", "evaluations/" + seed)).isEqualTo(EvaluationView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("该自评表不存在，或您无权查看。");
        assertThat(find(com.vaadin.flow.component.html.H2.class).all()).extracting(h -> h.getText())
                .noneMatch(text -> text.contains("郑州市金水区人民政府办公室"));

        assertThat(open("finance", "evaluations/" + seed)).isEqualTo(EvaluationView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class).all()).extracting(h -> h.getText())
                .anyMatch(text -> text.contains("郑州市金水区人民政府办公室"));
    }

    /** Administration is for administrators, the editor for drafters; the rest for every role. */
    private static boolean allowed(String user, Class<?> view) {
        if (view == UsersView.class || view == DeadlinesView.class || view == DepartmentsView.class
                || view == SchemesView.class) {
            return user.equals("admin");
        }
        if (view == EditorView.class) {
            return user.endsWith("drafter");
        }
        return true;
    }

    private Class<?> open(String username, String route) {
        if (username == null) {
            // the browser-less session keeps its own security context: empty it, not just this thread's
            SecurityContextHolder.getContext().setAuthentication(null);
            SecurityContextHolder.clearContext();
        } else {
            UserDetails user = users.loadUserByUsername(username);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        UI.getCurrent().navigate(route);
        return getCurrentView().getClass();
    }
}
