/** Web security for the screens: login, logout, which pages are public. */
package org.perfeval.web.security;
