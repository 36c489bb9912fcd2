package org.perfeval.core.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.login.KeycloakProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.core.Response;

/**
 * The keycloak mode's users: the realm, through the Keycloak admin client, authenticated as the platform client's
 * service account (it holds realm-management's view-users and manage-users). The department is the user attribute
 * {@code department}; roles are the realm roles. A new user's password is temporary: Keycloak asks for a new one at
 * the first login.
 */
@Component
@Profile("keycloak")
class KeycloakUserDirectory implements UserDirectory, DisposableBean {

    /** More users than a district has; the admin API pages, and one page is enough here. */
    private static final int PAGE = 10_000;

    private final KeycloakProperties properties;
    private final DepartmentService departments;
    private volatile Keycloak client;

    KeycloakUserDirectory(KeycloakProperties properties, DepartmentService departments) {
        this.properties = properties;
        this.departments = departments;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public List<AccountView> all() {
        return realm().users().list(0, PAGE).stream().map(this::toView).toList();
    }

    @Override
    public Optional<AccountView> find(String username) {
        return realm().users().searchByUsername(username, true).stream().findFirst().map(this::toView);
    }

    @Override
    public List<AccountView> withRole(Role role, String departmentCode) {
        return realm().roles().get(role.keycloakName()).getUserMembers(false, 0, PAGE).stream()
                .filter(user -> Boolean.TRUE.equals(user.isEnabled()))
                .filter(user -> departmentCode == null || departmentCode.equals(department(user)))
                .map(this::toView).toList();
    }

    @Override
    public AccountView create(NewAccount account) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setFirstName(account.displayName());
        user.setEmail(account.email() == null || account.email().isBlank() ? null : account.email());
        user.setEnabled(true);
        if (account.departmentCode() != null) {
            user.setAttributes(Map.of("department", List.of(account.departmentCode())));
        }
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(account.password());
        password.setTemporary(true);
        user.setCredentials(List.of(password));
        String id;
        try (Response response = realm().users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw AccountRules.taken(account.username());
            }
            id = CreatedResponseUtil.getCreatedId(response);
        }
        if (!account.roles().isEmpty()) {
            realm().users().get(id).roles().realmLevel().add(representations(account.roles()));
        }
        return toView(realm().users().get(id).toRepresentation());
    }

    @Override
    public AccountView grant(String username, Role role) {
        UserResource user = load(username);
        user.roles().realmLevel().add(representations(Set.of(role)));
        return toView(user.toRepresentation());
    }

    @Override
    public AccountView revoke(String username, Role role) {
        UserResource user = load(username);
        user.roles().realmLevel().remove(representations(Set.of(role)));
        return toView(user.toRepresentation());
    }

    @Override
    public AccountView setEnabled(String username, boolean enabled) {
        UserResource user = load(username);
        UserRepresentation representation = user.toRepresentation();
        representation.setEnabled(enabled);
        user.update(representation);
        return toView(user.toRepresentation());
    }

    @Override
    public void destroy() {
        if (client != null) {
            client.close();
        }
    }

    private UserResource load(String username) {
        String id = realm().users().searchByUsername(username, true).stream().findFirst()
                .map(UserRepresentation::getId).orElseThrow(() -> new UnknownAccountException(username));
        return realm().users().get(id);
    }

    private List<RoleRepresentation> representations(Set<Role> roles) {
        List<RoleRepresentation> result = new ArrayList<>();
        for (Role role : roles) {
            result.add(realm().roles().get(role.keycloakName()).toRepresentation());
        }
        return result;
    }

    private AccountView toView(UserRepresentation user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        realm().users().get(user.getId()).roles().realmLevel().listEffective().forEach(
                role -> Role.fromKeycloakName(role.getName()).ifPresent(roles::add));
        String code = department(user);
        String departmentName = code == null ? null
                : departments.byCode(code).map(DepartmentView::name).orElse(null);
        String displayName = Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        return new AccountView(user.getId(), user.getUsername(), displayName.isEmpty() ? user.getUsername()
                : displayName, user.getEmail(), code, departmentName, Boolean.TRUE.equals(user.isEnabled()), roles);
    }

    private static String department(UserRepresentation user) {
        List<String> values = user.getAttributes() == null ? null : user.getAttributes().get("department");
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private RealmResource realm() {
        Keycloak current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = KeycloakBuilder.builder().serverUrl(properties.serverUrl()).realm(properties.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(properties.clientId())
                            .clientSecret(properties.clientSecret()).build();
                }
                current = client;
            }
        }
        return current.realm(properties.realm());
    }
}
