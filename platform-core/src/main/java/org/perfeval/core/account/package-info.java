/** Users and roles: local accounts (embedded mode) or the Keycloak realm, their administration and local login. */
package org.perfeval.core.account;
