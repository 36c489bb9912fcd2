package org.perfeval.core.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The current user of the request or task being served. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof PerfEvalPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no PerfEval user is logged in"));
    }
}
