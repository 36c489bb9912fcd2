/** What the web tests share: screen tests' set-up and login, a real browser, a real Keycloak server. */
package org.perfeval.web.testing;
