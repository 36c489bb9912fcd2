package org.perfeval.workflow.notification;

/** Whom a notification is for: a user name, and the address its e-mail goes to (none: no e-mail). */
record Recipient(String username, String email) {
}
