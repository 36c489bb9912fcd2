package org.perfeval.web.ui.layout;

import org.perfeval.core.security.CurrentUsers;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sends a logged-in user without a role or department to the "no access" page, whatever they open, before the views'
 * own access rules would answer with an error. The public portal stays open to them as to anyone.
 */
@Component
class AccessGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(AccessGate::check));
    }

    private static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == NoAccessView.class || target == LoginView.class || isPublic(target)) {
            return;
        }
        if (CurrentUsers.find().filter(user -> !user.hasAccess()).isPresent()) {
            event.forwardTo(NoAccessView.class);
        }
    }

    private static boolean isPublic(Class<?> target) {
        return target.isAnnotationPresent(AnonymousAllowed.class);
    }
}
