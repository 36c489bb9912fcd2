package org.perfeval.core.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Services check roles themselves, whichever screen or endpoint calls them: {@code @RolesAllowed} with the
 * {@link Roles} constants, {@link LoggedIn} for anyone logged in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class MethodSecurityConfiguration {
}
