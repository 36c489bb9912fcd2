package org.perfeval.workflow.process;

/** The names of the variables the self-evaluation process keeps, for the features that query its tasks. */
public final class ProcessVariables {

    /** The evaluation the process instance is for (also its business key). */
    public static final String EVALUATION_ID = "evaluationId";
    /** The department's code: its drafters and reviewers are the candidates of most tasks. */
    public static final String DEPARTMENT = "department";
    /** The finance bureau's code: its reviewers are the candidates of the finance check. */
    public static final String BUREAU = "bureau";
    /** How many times the finance bureau sent the form back (0 before the first). */
    public static final String ROUND = "round";
    /** The last reviewer's {@link Decision}, read by the gateways. */
    public static final String DECISION = "decision";
    /** The task key of the step completed last: what a withdrawal would take back. */
    public static final String LAST_STEP = "lastStep";
    /** Who completed the step {@link #LAST_STEP} names. */
    public static final String LAST_ACTOR = "lastActor";
    /** The day drafting is due when a round opened the form (a LocalDate's ISO text); absent otherwise. */
    public static final String ROUND_DUE = "roundDue";
    /** A task-local flag the overdue timer sets. */
    public static final String OVERDUE = "overdue";

    private ProcessVariables() {
    }
}
