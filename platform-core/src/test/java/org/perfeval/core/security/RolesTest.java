package org.perfeval.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The Roles constants are the roles' names: one for each role, and none besides. */
class RolesTest {

    @Test
    void everyRoleHasItsConstantAndEveryConstantItsRole() throws IllegalAccessException {
        Map<String, Object> constants = new HashMap<>();
        for (Field field : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())) {
                constants.put(field.getName(), field.get(null));
            }
        }

        Map<String, Object> roles = Arrays.stream(Role.values())
                .collect(Collectors.toMap(Role::name, Role::name));
        assertThat(constants).isEqualTo(roles);
    }
}
