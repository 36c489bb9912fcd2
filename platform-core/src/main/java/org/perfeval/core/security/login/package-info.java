/** How REST calls log in: HTTP Basic on local accounts, or Keycloak bearer tokens turned into the platform's users. */
package org.perfeval.core.security.login;
