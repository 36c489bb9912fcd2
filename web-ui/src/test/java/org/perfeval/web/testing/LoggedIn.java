package org.perfeval.web.testing;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Screen tests acting as a demo user, through the real account lookup. Unlike {@code TestDirectory.as}, which swaps
 * in a context of its own, this sets the user on the current context, the one the browser-less Vaadin session reads.
 */
public final class LoggedIn {

    private LoggedIn() {
    }

    /** From now on the test is {@code username}, for the screens as for the services. */
    public static void as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** {@code work} done as {@code username}; afterwards nobody is logged in. */
    public static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
        as(users, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void as(UserDetailsService users, String username, Runnable work) {
        as(users, username, () -> {
            work.run();
            return null;
        });
    }
}
