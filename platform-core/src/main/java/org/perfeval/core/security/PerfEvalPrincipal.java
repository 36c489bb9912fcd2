package org.perfeval.core.security;

/** A principal that knows the platform's view of its user; each way of logging in provides one. */
public interface PerfEvalPrincipal {

    CurrentUser currentUser();
}
