package org.perfeval.core.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.perfeval.core.account.AccountRefusedException.FieldProblem;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.Role;
import org.perfeval.scoring.text.Text;

/** What a user must look like, checked before anything is stored locally or in Keycloak. */
final class AccountRules {

    static final int MIN_USERNAME = 3;
    static final int MAX_USERNAME = 64;
    static final int MAX_DISPLAY_NAME = 100;
    static final int MAX_EMAIL = 200;
    static final int MIN_PASSWORD = 8;
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile(
            "[a-z0-9][a-z0-9._-]{" + (MIN_USERNAME - 1) + "," + (MAX_USERNAME - 1) + "}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AccountRules() {
    }

    static List<FieldProblem> check(NewAccount account) {
        List<FieldProblem> problems = new ArrayList<>();
        if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
            problems.add(new FieldProblem("username", Text.of("core.account.username", MIN_USERNAME, MAX_USERNAME)));
        }
        if (account.displayName() == null || account.displayName().isBlank()
                || account.displayName().length() > MAX_DISPLAY_NAME) {
            problems.add(new FieldProblem("displayName", Text.of("core.account.displayName", MAX_DISPLAY_NAME)));
        }
        if (account.email() != null && !account.email().isBlank()
                && (account.email().length() > MAX_EMAIL || !EMAIL.matcher(account.email()).matches())) {
            problems.add(new FieldProblem("email", Text.of("core.account.email")));
        }
        String password = account.password() == null ? "" : account.password();
        if (password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new FieldProblem("password",
                    Text.of("core.account.password", MIN_PASSWORD, MAX_PASSWORD_BYTES)));
        }
        return problems;
    }

    /** Whether {@code role} fits a user of {@code department} (null: none). */
    static List<FieldProblem> fits(Role role, DepartmentView department) {
        return switch (role) {
            case DRAFTER, DEPT_REVIEWER -> department == null
                    ? List.of(new FieldProblem("departmentCode", Text.of("core.account.needsDepartment", role)))
                    : List.of();
            case FINANCE_REVIEWER -> department == null || !department.financeBureau()
                    ? List.of(new FieldProblem("departmentCode", Text.of("core.account.needsBureau", role)))
                    : List.of();
            case ADMIN -> List.of();
        };
    }

    static AccountRefusedException taken(String username) {
        return new AccountRefusedException("username", Text.of("core.account.taken", username));
    }

    static AccountRefusedException unknownDepartment(String code) {
        return new AccountRefusedException("departmentCode", Text.of("core.account.unknownDepartment", code));
    }

    static AccountRefusedException unknownRole(String name) {
        return new AccountRefusedException("roles", Text.of("core.account.unknownRole", name,
                Arrays.stream(Role.values()).map(Role::keycloakName).collect(Collectors.joining(", "))));
    }
}
