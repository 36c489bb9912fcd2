package org.perfeval.core.testing;

import java.util.Set;
import java.util.function.Supplier;

import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small directory for tests: the seed's department (金水区政府办公室) and a second one (教育局) reporting to the
 * 金水区财政局, with one account per role. Tests act as these users through the real login lookup.
 */
public final class TestDirectory {

    public static final String BUREAU = "JSCZ";
    public static final String BUREAU_NAME = "郑州市金水区财政局";
    public static final String OFFICE = "JSZF";
    public static final String OFFICE_NAME = "郑州市金水区人民政府办公室";
    public static final String EDUCATION = "JSJY";
    public static final String EDUCATION_NAME = "郑州市金水区教育局";
    public static final String PASSWORD = "Pass-2021-测试";

    public static final String OFFICE_DRAFTER = "office.drafter";
    public static final String OFFICE_REVIEWER = "office.reviewer";
    public static final String EDUCATION_DRAFTER = "education.drafter";
    public static final String EDUCATION_REVIEWER = "education.reviewer";
    public static final String FINANCE_REVIEWER = "bureau.reviewer";
    public static final String ADMIN = "bureau.admin";

    private TestDirectory() {
    }

    /** Creates the directory unless it exists (contexts share their database between test classes). */
    public static void ensure(DepartmentService departments, AccountService accounts) {
        SystemUser.run(() -> {
            if (departments.byCode(BUREAU).isPresent()) {
                return;
            }
            departments.registerBureau(BUREAU, BUREAU_NAME);
            departments.registerDepartment(OFFICE, OFFICE_NAME, BUREAU);
            departments.registerDepartment(EDUCATION, EDUCATION_NAME, BUREAU);
            account(accounts, OFFICE_DRAFTER, "王填报", OFFICE, Role.DRAFTER);
            account(accounts, OFFICE_REVIEWER, "李审核", OFFICE, Role.DEPT_REVIEWER);
            account(accounts, EDUCATION_DRAFTER, "赵填报", EDUCATION, Role.DRAFTER);
            account(accounts, EDUCATION_REVIEWER, "钱审核", EDUCATION, Role.DEPT_REVIEWER);
            account(accounts, FINANCE_REVIEWER, "孙财政", BUREAU, Role.FINANCE_REVIEWER);
            account(accounts, ADMIN, "周管理", BUREAU, Role.ADMIN);
        });
    }

    private static void account(AccountService accounts, String username, String name, String department, Role role) {
        accounts.create(new NewAccount(username, name, username + "@example.org", PASSWORD, department, Set.of(role)));
    }

    /** Runs {@code work} logged in as {@code username}, loaded through the real account lookup. */
    public static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
        UserDetails details = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(UserDetailsService users, String username, Runnable work) {
        as(users, username, () -> {
            work.run();
            return null;
        });
    }
}
