package org.perfeval.workflow.api;

import java.util.List;
import java.util.Map;

import org.perfeval.core.evaluation.EvaluationNotFoundException;
import org.perfeval.workflow.process.SubmissionRefusedException;
import org.perfeval.workflow.process.WorkflowRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused steps as problem details: 409 for a step that cannot be taken now, with the scorer's errors if any. */
@RestControllerAdvice(assignableTypes = {WorkflowApiController.class, NotificationApiController.class})
class WorkflowApiErrors {

    @ExceptionHandler
    ProblemDetail submission(SubmissionRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("The form cannot be submitted while the scorer reports errors");
        List<Map<String, String>> errors = e.errors().stream().map(f -> Map.of("pointer", f.pointer(), "code",
                f.code().name(), "message", f.message().en(), "messageZh", f.message().zh())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail refused(WorkflowRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(EvaluationNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }
}
