package org.perfeval.core.account;

import java.time.Instant;
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
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login against local accounts (form and HTTP Basic), behind the throttle: the user name is normalised
 * once, the guess is counted and the lock checked before the password is, and only then is the password checked,
 * by BCrypt or, for a name and password BCrypt lately accepted, against the account loaded afresh: still that
 * password hash, and then refused at once if it is disabled. A locked name is refused even with remembered
 * credentials.
 */
@Component
@Profile("!keycloak")
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LocalUserDetailsService users;
    private final LoginThrottle throttle;
    private final VerifiedCredentials verified;
    private final AccountStatusUserDetailsChecker statusChecks = new AccountStatusUserDetailsChecker();

    ThrottledAuthenticationProvider(LocalUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    VerifiedCredentials verified) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.users = users;
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

    /** The login without BCrypt, if this name and password were lately verified and the account is as it was. */
    private Optional<Authentication> remembered(String username, String password, Authentication authentication) {
        Optional<String> hash = verified.verifiedHash(username, password);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            user = null;
        }
        if (user == null || !hash.get().equals(user.getPassword())) {
            // the password changed or the account is gone: the full check decides, as for any other login
            verified.forget(username, password);
            return Optional.empty();
        }
        try {
            statusChecks.check(user);
        } catch (AccountStatusException e) {
            verified.forget(username);
            throw e;
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
            verified.remember(username, password, user.getPassword());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
