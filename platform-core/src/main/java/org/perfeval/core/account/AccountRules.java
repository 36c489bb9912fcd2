package org.perfeval.core.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.perfeval.core.account.AccountRefusedException.FieldProblem;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.Role;

/** What a user must look like, checked before anything is stored locally or in Keycloak. */
final class AccountRules {

    static final int MIN_PASSWORD = 8;
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AccountRules() {
    }

    static List<FieldProblem> check(NewAccount account) {
        List<FieldProblem> problems = new ArrayList<>();
        if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
            problems.add(new FieldProblem("username",
                    "3 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
                    "用户名须为 3–64 位小写字母、数字、“.”、“_”或“-”，以字母或数字开头"));
        }
        if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 100) {
            problems.add(new FieldProblem("displayName", "a name of 1 to 100 characters is required",
                    "姓名为必填项，最多 100 个字符"));
        }
        if (account.email() != null && !account.email().isBlank()
                && (account.email().length() > 200 || !EMAIL.matcher(account.email()).matches())) {
            problems.add(new FieldProblem("email", "not an e-mail address", "电子邮箱格式不正确"));
        }
        String password = account.password() == null ? "" : account.password();
        if (password.length() < MIN_PASSWORD
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new FieldProblem("password", "8 to 72 bytes", "初始密码须为 8–72 字节"));
        }
        return problems;
    }

    /** Whether {@code role} fits a user of {@code department} (null: none). */
    static List<FieldProblem> fits(Role role, DepartmentView department) {
        return switch (role) {
            case DRAFTER, DEPT_REVIEWER -> department == null
                    ? List.of(new FieldProblem("departmentCode", role.keycloakName() + " needs a department",
                            role.label() + "须属于一个部门"))
                    : List.of();
            case FINANCE_REVIEWER -> department == null || !department.financeBureau()
                    ? List.of(new FieldProblem("departmentCode", "finance-reviewer needs a finance bureau",
                            "财政审核人须属于财政局"))
                    : List.of();
            case ADMIN -> List.of();
        };
    }

    static AccountRefusedException taken(String username) {
        return new AccountRefusedException("username", "user name " + username + " is taken",
                "用户名 " + username + " 已被使用");
    }

    static AccountRefusedException unknownDepartment(String code) {
        return new AccountRefusedException("departmentCode", "no department with code " + code,
                "没有代码为 " + code + " 的部门");
    }
}
