/** Local user accounts (embedded mode): one department, roles, BCrypt passwords. */
package org.perfeval.core.account;
