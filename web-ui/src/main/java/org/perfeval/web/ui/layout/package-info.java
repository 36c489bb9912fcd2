/** The frame every screen shares: staff layout and menu, login, "no access", languages, and the shared addresses. */
package org.perfeval.web.ui.layout;
