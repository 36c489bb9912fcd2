package org.perfeval.web.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * A browser-less screen test. Vaadin installs its own security context strategy, with a thread-local of its own, each
 * time an application context starts; when several test contexts live in one JVM the last one's strategy would be
 * the global one, and this class's screens and services would not see the user a test logs in. So before each test,
 * before the browser-less session is built, this class's context's strategy is put back.
 */
@ExtendWith(ScreenTest.ContextStrategy.class)
public abstract class ScreenTest extends SpringBrowserlessTest {

    /** Puts the test's application context's security context strategy in place. */
    static final class ContextStrategy implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
