package org.perfeval.web.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.web.testing.LoggedIn;
import org.perfeval.web.testing.ScreenTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Every screen against every kind of user, without a browser: which view each one lands on. Anonymous users are sent
 * to the login, users without a role or department to the "no access" page, and a department's evaluation stays
 * closed to another department even when opened by its address. Views of other features are named by their route
 * template, as their classes are their packages' own.
 */
@SpringBootTest
@ActiveProfiles("test")
class ViewAccessTest extends ScreenTest {

    private static final String NOBODY = "no.role";
    private static final String EVALUATIONS = "";
    private static final String INBOX = "inbox";
    private static final String NOTIFICATIONS = "notifications";
    private static final String USERS = "admin/users";
    private static final String DEADLINES = "admin/deadlines";
    private static final String CALENDAR = "admin/calendar";
    private static final String DEPARTMENTS = "admin/departments";
    private static final String SCHEMES = "admin/schemes";
    private static final String LOGIN = "login";
    private static final String NO_ACCESS = "no-access";

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

    @Test
    void eachUserLandsOnTheViewTheirRoleAllows() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("", EVALUATIONS);
        routes.put("inbox", INBOX);
        routes.put("evaluations/" + seed, Routes.EVALUATION);
        routes.put("admin/users", USERS);
        routes.put("admin/deadlines", DEADLINES);
        routes.put("admin/calendar", CALENDAR);
        routes.put("admin/departments", DEPARTMENTS);
        routes.put("admin/schemes", SCHEMES);
        routes.put("notifications", NOTIFICATIONS);
        routes.put("evaluations/" + seed + "/edit", Routes.EDITOR);

        for (String user : new String[] {"drafter", "reviewer", "edu-drafter", "edu-reviewer", "finance", "admin"}) {
            for (var route : routes.entrySet()) {
                String expected = allowed(user, route.getValue()) ? route.getValue() : null;
                String landed = open(user, route.getKey());
                if (expected == null) {
                    assertThat(landed).as(user + " → /" + route.getKey()).isNotEqualTo(USERS);
                } else {
                    assertThat(landed).as(user + " → /" + route.getKey()).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void anonymousUsersAreSentToTheLoginAndUsersWithoutARoleToTheNoAccessPage() {
        for (String route : new String[] {"", "inbox", "evaluations/" + seed, "admin/users", "admin/deadlines",
                "admin/calendar", "admin/departments", "admin/schemes", "notifications", "evaluations/" + seed + "/edit"}) {
            assertThat(open(null, route)).as("anonymous → /" + route).isEqualTo(LOGIN);
            assertThat(open(NOBODY, route)).as(NOBODY + " → /" + route).isEqualTo(NO_ACCESS);
        }
        assertThat(open(null, "login")).isEqualTo(LOGIN);
        assertThat(open(null, "public")).isEqualTo(Routes.PUBLIC_REPORTS);
        assertThat(open(NOBODY, "public")).isEqualTo(Routes.PUBLIC_REPORTS);
    }

    @Test
    void anotherDepartmentsEvaluationOpenedByItsAddressShowsNothingOfIt() {
        assertThat(open("edu-drafter", "evaluations/" + seed)).isEqualTo(Routes.EVALUATION);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("该自评表不存在，或您无权查看。");
        assertThat(find(com.vaadin.flow.component.html.H2.class).all()).extracting(h -> h.getText())
                .noneMatch(text -> text.contains("郑州市金水区人民政府办公室"));

        assertThat(open("finance", "evaluations/" + seed)).isEqualTo(Routes.EVALUATION);
        assertThat(find(com.vaadin.flow.component.html.H2.class).all()).extracting(h -> h.getText())
                .anyMatch(text -> text.contains("郑州市金水区人民政府办公室"));
    }

    /** Administration is for administrators, the editor for drafters; the rest for every role. */
    private static boolean allowed(String user, String view) {
        if (view.startsWith("admin/")) {
            return user.equals("admin");
        }
        if (view.equals(Routes.EDITOR)) {
            return user.endsWith("drafter");
        }
        return true;
    }

    /** The route template of the view {@code username} lands on at {@code route}. */
    private String open(String username, String route) {
        if (username == null) {
            // the browser-less session keeps its own security context: empty it, not just this thread's
            SecurityContextHolder.getContext().setAuthentication(null);
            SecurityContextHolder.clearContext();
        } else {
            LoggedIn.as(users, username);
        }
        UI.getCurrent().navigate(route);
        return currentRoute();
    }
}
