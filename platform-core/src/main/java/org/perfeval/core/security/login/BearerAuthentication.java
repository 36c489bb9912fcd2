package org.perfeval.core.security.login;

import java.io.Serializable;
import java.security.Principal;

import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.PerfEvalPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A REST call authenticated by a Keycloak bearer token: the platform's user, its roles as authorities. */
final class BearerAuthentication extends AbstractAuthenticationToken {

    private final TokenUser principal;
    private final transient Jwt token;

    BearerAuthentication(CurrentUser user, Jwt token) {
        super(user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.principal = new TokenUser(user);
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.getName();
    }

    /** The user a token names. */
    record TokenUser(CurrentUser currentUser) implements PerfEvalPrincipal, Principal, Serializable {

        @Override
        public String getName() {
            return currentUser.username();
        }
    }
}
