package org.perfeval.core.evaluation;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the REST API's failures into RFC 9457 problem details that say what is wrong, field by field; for every
 * PerfEval controller, the workflow's included.
 */
@RestControllerAdvice(basePackages = "org.perfeval")
class ApiErrors {

    @ExceptionHandler
    ProblemDetail invalid(InvalidDocumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The self-evaluation document was refused; nothing was stored");
        List<Map<String, String>> errors = e.violations().stream()
                .map(v -> Map.of("pointer", v.pointer(), "message", v.message(), "messageZh", v.messageZh()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(EditConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Edited concurrently");
        if (e.currentVersion() >= 0) {
            problem.setProperty("currentVersion", e.currentVersion());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail locked(EvaluationLockedException e) {
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
