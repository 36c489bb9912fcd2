package org.perfeval.core.web;

import java.util.Locale;

import org.perfeval.core.i18n.Translator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/** A problem detail for a bare status, with its sentence in the caller's language. */
@Component
class ProblemTexts {

    private final Translator translator;

    ProblemTexts(Translator translator) {
        this.translator = translator;
    }

    ProblemDetail problem(HttpStatus status, HttpServletRequest request) {
        Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH : request.getLocale();
        return ProblemDetail.forStatusAndDetail(status, translator.render(Problems.generic(status.value()), locale));
    }
}
