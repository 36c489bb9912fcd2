package org.perfeval.core.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.department.DepartmentService;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Ensures the {@link TestDirectory} in the test's application context before each test, before the test's own
 * {@code @BeforeEach} methods. Use it through {@link WithTestDirectory}.
 */
public final class TestDirectoryExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        TestDirectory.ensure(application.getBean(DepartmentService.class), application.getBean(AccountService.class));
    }
}
