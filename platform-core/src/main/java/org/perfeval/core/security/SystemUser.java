package org.perfeval.core.security;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The platform acting on its own behalf (setting up demo data, timers): an administrator named "system". Used only by
 * code the platform runs itself, never for a request.
 */
public final class SystemUser {

    public static final String USERNAME = "system";
    private static final CurrentUser SYSTEM = new CurrentUser(USERNAME, "系统", null, null, null, false,
            Set.of(Role.ADMIN));

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        PerfEvalPrincipal principal = () -> SYSTEM;
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
