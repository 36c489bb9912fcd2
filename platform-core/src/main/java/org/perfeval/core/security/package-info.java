/** The security model: roles, the current user, and how services declare who may call them. */
package org.perfeval.core.security;
