/** The audit trail of user administration: every user and role change, never changed itself. */
package org.perfeval.core.account.audit;
