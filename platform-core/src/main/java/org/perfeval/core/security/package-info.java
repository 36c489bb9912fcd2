/** The security model: roles, the current user, and who may see and change which department's evaluations. */
package org.perfeval.core.security;
