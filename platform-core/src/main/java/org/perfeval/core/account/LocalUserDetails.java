package org.perfeval.core.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.PerfEvalPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A logged-in local account, carrying the platform's view of its user. */
record LocalUserDetails(CurrentUser currentUser, String password, boolean enabled, boolean accountNonLocked)
        implements UserDetails, PerfEvalPrincipal, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = currentUser.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public String toString() {
        return "LocalUserDetails[" + currentUser.username() + "]";
    }
}
