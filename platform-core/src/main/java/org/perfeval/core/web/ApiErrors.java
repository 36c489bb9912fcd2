package org.perfeval.core.web;

import java.util.Locale;

import org.perfeval.core.i18n.Translator;
import org.perfeval.core.security.AccessRefusedException;
import org.perfeval.scoring.text.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
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

    /**
     * The request's language, English when it names none: the servlet container would otherwise fall back to the
     * server's own locale, and a client that asks nothing should get the same answer on every server.
     */
    private static Locale locale(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH : request.getLocale();
    }
}
