package org.perfeval.core.logging;

/** The names the log context gives the user and the evaluation a line concerns. */
public final class LogContext {

    /** The logged-in user, by the Elastic Common Schema's name for it. */
    public static final String USER = "user.name";
    /** The evaluation the request (or the action) is about. */
    public static final String EVALUATION = "evaluationId";

    private LogContext() {
    }
}
