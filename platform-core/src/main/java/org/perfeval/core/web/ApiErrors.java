package org.perfeval.core.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.perfeval.core.i18n.Translator;
import org.perfeval.core.security.AccessRefusedException;
import org.perfeval.scoring.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Turns the REST API's refusals into RFC 9457 problem details, for every PerfEval controller, the workflow's included:
 * the status from the refusal's kind, title and detail in the caller's language (Accept-Language; English when the
 * request names none), and each field at fault in English and Chinese both, as clients have always read them.
 */
@RestControllerAdvice(basePackages = "org.perfeval")
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final Translator translator;

    ApiErrors(Translator translator) {
        this.translator = translator;
    }

    @ExceptionHandler
    ProblemDetail refused(RefusedException e, HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.kind().status(),
                translator.render(e.text(), locale));
        e.title().ifPresent(title -> problem.setTitle(translator.render(title, locale)));
        if (!e.fields().isEmpty()) {
            problem.setProperty("errors", e.fields().stream().map(field -> new ApiError(field.pointer(),
                    translator.render(field.text(), Locale.ENGLISH), translator.render(field.text(), Locale.CHINESE),
                    field.code())).toList());
        }
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /**
     * Spring Security's own refusals say only "Access Denied", in English; the platform's say why, in the caller's
     * language.
     */
    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        Text why = e instanceof AccessRefusedException refused ? refused.text() : Text.of("core.access.denied");
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, translator.render(why, locale(request)));
    }

    /** A path or query parameter of the wrong type, such as /api/evaluations/abc: 400 naming the parameter. */
    @ExceptionHandler
    ProblemDetail mismatch(TypeMismatchException e, HttpServletRequest request) {
        String name = e.getPropertyName() == null ? "" : e.getPropertyName();
        Text why = Text.of("core.api.parameter", Text.of("core.api.number"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                name + ": " + translator.render(why, locale(request)));
        problem.setProperty("errors", List.of(new ApiError("/" + name, name + ": " + translator.render(why,
                Locale.ENGLISH), name + "：" + translator.render(why, Locale.CHINESE), null)));
        return problem;
    }

    /**
     * The loser of two concurrent changes (an optimistic lock, a deadlock), found when the store refused it: refused
     * like any edit conflict, 409 with a sentence saying to reload and try again.
     */
    @ExceptionHandler
    ProblemDetail concurrent(ConcurrencyFailureException e, HttpServletRequest request) {
        LOG.info("concurrent change refused on {}: {}", request.getRequestURI(), e.toString());
        return refused(new EditConflictException(Text.of("core.api.conflict")), request);
    }

    /**
     * Spring MVC's own refusals (405, 415, 406, an unreadable body) keep their status, with a sentence in the
     * caller's language; anything else is a 500 whose details stay in the log, under the id the answer gives.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AuthenticationException || e instanceof AccessDeniedException) {
            throw e;
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().value() < 500) {
            int status = known.getStatusCode().value();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(known.getStatusCode(),
                    translator.render(Problems.generic(status), locale(request)));
            return ResponseEntity.status(status).headers(known.getHeaders()).body(problem);
        }
        String id = UUID.randomUUID().toString();
        LOG.error("unhandled error {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                translator.render(Text.of("core.api.internal", id), locale(request)));
        problem.setProperty("correlationId", id);
        return ResponseEntity.internalServerError().body(problem);
    }

    /**
     * The request's language, English when it names none: the servlet container would otherwise fall back to the
     * server's own locale, and a client that asks nothing should get the same answer on every server.
     */
    private static Locale locale(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH : request.getLocale();
    }
}
