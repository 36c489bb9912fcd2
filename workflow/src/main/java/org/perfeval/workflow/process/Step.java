package org.perfeval.workflow.process;

import java.util.Arrays;
import java.util.Optional;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;

/** The user tasks of the BPMN process, the evaluation status each stands for, and the role that does it. */
enum Step {
    DRAFTING("drafting", EvaluationStatus.DRAFTING, Role.DRAFTER, false),
    INTERNAL_REVIEW("internalReview", EvaluationStatus.INTERNAL_REVIEW, Role.DEPT_REVIEWER, false),
    FINANCE_CHECK("financeCheck", EvaluationStatus.FINANCE_CHECK, Role.FINANCE_REVIEWER, true),
    RECTIFICATION("rectification", EvaluationStatus.RECTIFICATION, Role.DRAFTER, false),
    PUBLICATION("publication", EvaluationStatus.PUBLICATION, Role.DEPT_REVIEWER, false);

    static final String PROCESS = "selfEvaluation";

    private final String taskKey;
    private final EvaluationStatus status;
    private final Role role;
    private final boolean bureau;

    Step(String taskKey, EvaluationStatus status, Role role, boolean bureau) {
        this.taskKey = taskKey;
        this.status = status;
        this.role = role;
        this.bureau = bureau;
    }

    String taskKey() {
        return taskKey;
    }

    EvaluationStatus status() {
        return status;
    }

    Role role() {
        return role;
    }

    /** Whether the task belongs to the finance bureau (its candidates are the bureau's, not the department's). */
    boolean bureau() {
        return bureau;
    }

    static Optional<Step> ofTask(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }

    static Step ofStatus(EvaluationStatus status) {
        return Arrays.stream(values()).filter(s -> s.status == status).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step for " + status));
    }

    static String group(Role role, String departmentCode) {
        return role.keycloakName() + ":" + departmentCode;
    }
}
