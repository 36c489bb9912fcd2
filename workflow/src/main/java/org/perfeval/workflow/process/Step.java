package org.perfeval.workflow.process;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.perfeval.core.evaluation.EvaluationStage;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.Role;

/** The user tasks of the BPMN process, the evaluation status each stands for, and the role that does it. */
public enum Step {
    DRAFTING("drafting", EvaluationStatus.DRAFTING, Role.DRAFTER, false),
    INTERNAL_REVIEW("internalReview", EvaluationStatus.INTERNAL_REVIEW, Role.DEPT_REVIEWER, false),
    FINANCE_CHECK("financeCheck", EvaluationStatus.FINANCE_CHECK, Role.FINANCE_REVIEWER, true),
    RECTIFICATION("rectification", EvaluationStatus.RECTIFICATION, Role.DRAFTER, false),
    PUBLICATION("publication", EvaluationStatus.PUBLICATION, Role.DEPT_REVIEWER, false);

    /** The key of the self-evaluation process definition. */
    public static final String PROCESS = "selfEvaluation";

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

    public String taskKey() {
        return taskKey;
    }

    public EvaluationStatus status() {
        return status;
    }

    public Role role() {
        return role;
    }

    /** The department whose users take this step for {@code stage}: the finance bureau's for the finance check. */
    public String department(EvaluationStage stage) {
        return bureau ? stage.department().bureauCode() : stage.department().code();
    }

    /** Whether {@code user} may take this step for {@code stage}: the step's role, in the step's department. */
    public boolean isCandidate(CurrentUser user, EvaluationStage stage) {
        return user.has(role) && department(stage).equals(user.departmentCode());
    }

    public static Optional<Step> ofTask(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }

    public static Step ofStatus(EvaluationStatus status) {
        return Arrays.stream(values()).filter(s -> s.status == status).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step for " + status));
    }

    /** The candidate group of a role in a department, as the BPMN names them (drafter:JSZF). */
    static String group(Role role, String departmentCode) {
        return role.keycloakName() + ":" + departmentCode;
    }

    /** The candidate groups a user belongs to: each of their roles in their department. */
    public static List<String> groupsOf(CurrentUser user) {
        if (user.departmentCode() == null) {
            return List.of();
        }
        return user.roles().stream().filter(role -> role != Role.ADMIN)
                .map(role -> group(role, user.departmentCode())).toList();
    }
}
