package org.perfeval.workflow.process;

import java.util.List;
import java.util.Map;

import org.perfeval.workflow.process.SubmissionRefusedException;
import org.perfeval.workflow.process.WorkflowRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refused steps as problem details: 409 for a step that cannot be taken now, with the scorer's errors if any. Not
 * found and forbidden are answered by platform-core's handlers, as for every PerfEval controller.
 */
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
}
