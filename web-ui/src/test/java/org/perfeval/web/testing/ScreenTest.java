package org.perfeval.web.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * A browser-less screen test, with the one set-up every screen test shares: before each test the security context
 * strategy of the test's application context is put back and the {@link LoggedInAs} user logged in; after it, nobody
 * is. The strategy first: Vaadin installs its own, with a thread-local of its own, each time an application context
 * starts; when several test contexts live in one JVM the last one's strategy would be the global one, and this class's
 * screens and services would not see the user a test logs in.
 */
@ExtendWith(ScreenTest.Setup.class)
public abstract class ScreenTest extends SpringBrowserlessTest {

    /**
     * The route template of the view now shown, such as {@code evaluations/:id}, or for an error page, which has no
     * route, its class name: how a test names a view of another feature, whose class it cannot see.
     */
    protected String currentRoute() {
        Component view = getCurrentView().getElement().getComponent().orElseThrow();
        return RouteConfiguration.forApplicationScope().getTemplate(view.getClass())
                .orElse(view.getClass().getName());
    }

    /** Puts the context's security strategy in place and logs the test's user in; logs out afterwards. */
    static final class Setup implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            ApplicationContext spring = SpringExtension.getApplicationContext(context);
            spring.getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
            AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), LoggedInAs.class)
                    .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), LoggedInAs.class))
                    .ifPresent(user -> LoggedIn.as(spring.getBean(UserDetailsService.class), user.value()));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            SecurityContextHolder.clearContext();
        }
    }
}
