package org.perfeval.web.security;

import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.PerfEvalPrincipal;
import org.perfeval.core.security.login.KeycloakUsers;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** After a Keycloak login: the platform's user from the ID token and user info, its realm roles as authorities. */
final class KeycloakOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final KeycloakUsers users;

    KeycloakOidcUserService(KeycloakUsers users) {
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        return new KeycloakUser(users.fromClaims(oidc.getClaims()), oidc.getIdToken(), oidc.getUserInfo());
    }

    /** A user logged in through Keycloak, as the platform sees it. */
    static final class KeycloakUser extends DefaultOidcUser implements PerfEvalPrincipal {

        private final CurrentUser currentUser;

        KeycloakUser(CurrentUser currentUser, OidcIdToken idToken, OidcUserInfo userInfo) {
            super(currentUser.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(),
                    idToken, userInfo, "preferred_username");
            this.currentUser = currentUser;
        }

        @Override
        public CurrentUser currentUser() {
            return currentUser;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof KeycloakUser user && super.equals(user) && currentUser.equals(user.currentUser);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
