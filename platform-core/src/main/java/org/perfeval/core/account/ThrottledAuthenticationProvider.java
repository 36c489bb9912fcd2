package org.perfeval.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login against local accounts (form and HTTP Basic), behind the throttle: the user name is normalised
 * once, the guess is counted and the lock checked before the password is, and only then is the password checked,
 * by BCrypt or, for a name and password BCrypt lately accepted, against the account's row (one query): still that
 * password hash, still enabled, the account reloaded if its version moved. A locked name is refused even with
 * remembered credentials.
 */
@Component
@Profile("!keycloak")
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LocalUserDetailsService users;
    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;
    private final AccountStatusUserDetailsChecker statusChecks = new AccountStatusUserDetailsChecker();

    ThrottledAuthenticationProvider(LocalUserDetailsService users, UserAccountRepository accounts,
                                    PasswordEncoder encoder, LoginThrottle throttle, VerifiedCredentials verified) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.users = users;
        this.accounts = accounts;
        this.throttle = throttle;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = UserNames.normalise(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        Optional<Instant> locked = throttle.begin(username, address);
        if (locked.isPresent()) {
            throw new LockedException("locked until " + locked.get());
        }
        String password = authentication.getCredentials() instanceof String text ? text : null;
        Authentication result = remembered(username, password, authentication)
                .orElseGet(() -> checked(username, password, authentication));
        throttle.succeeded(username, address);
        return result;
    }

    /**
     * The login without BCrypt, if this name and password were lately verified and the account's row still has that
     * password hash: refused at once if it is now disabled, loaded afresh if anything else of it changed.
     */
    private Optional<Authentication> remembered(String username, String password, Authentication authentication) {
        Optional<VerifiedCredentials.Verified> found = verified.find(username, password);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        VerifiedCredentials.Verified entry = found.get();
        List<Object[]> state = accounts.findLoginState(username);
        if (state.isEmpty() || !entry.passwordHash().equals(state.getFirst()[1])) {
            // the password changed or the account is gone: the full check decides, as for any other login
            verified.forget(username, password);
            return Optional.empty();
        }
        long version = (Long) state.getFirst()[0];
        UserDetails user = version == entry.version() && Boolean.TRUE.equals(state.getFirst()[2]) ? entry.user()
                : users.loadUserByUsername(username);
        try {
            statusChecks.check(user);
        } catch (AccountStatusException e) {
            verified.forget(username);
            throw e;
        }
        if (user != entry.user()) {
            verified.remember(username, password, entry.passwordHash(), version, user);
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user,
                password, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return Optional.of(result);
    }

    private Authentication checked(String username, String password, Authentication authentication) {
        UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(
                username, password);
        normalised.setDetails(authentication.getDetails());
        Authentication result = passwords.authenticate(normalised);
        if (result.getPrincipal() instanceof UserDetails user) {
            List<Object[]> state = accounts.findLoginState(username);
            if (!state.isEmpty() && user.getPassword().equals(state.getFirst()[1])) {
                verified.remember(username, password, user.getPassword(), (Long) state.getFirst()[0], user);
            }
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
