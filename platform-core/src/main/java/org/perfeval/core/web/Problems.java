package org.perfeval.core.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.perfeval.core.i18n.Translator;
import org.perfeval.scoring.text.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writes a problem detail straight to a response, for answers given before or after Spring MVC. */
final class Problems {

    private final Translator translator;
    private final Locale locale;
    private final String instance;

    Problems(Translator translator, HttpServletRequest request) {
        this.translator = translator;
        this.locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH : request.getLocale();
        this.instance = request.getRequestURI();
    }

    /** The sentence for a status that no refusal explained. */
    static Text generic(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 409, 413, 415 -> Text.of("core.api.status." + status);
            default -> status >= 500 ? Text.of("core.api.status.500") : Text.of("core.api.status.400");
        };
    }

    void write(HttpServletResponse response, HttpStatus status, Text detail) throws IOException {
        write(response, status, detail, null);
    }

    void internal(HttpServletResponse response, String correlationId) throws IOException {
        write(response, HttpStatus.INTERNAL_SERVER_ERROR, Text.of("core.api.internal", correlationId),
                correlationId);
    }

    private void write(HttpServletResponse response, HttpStatus status, Text detail, String correlationId)
            throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json;charset=UTF-8");
        if (status == HttpStatus.UNAUTHORIZED && response.getHeader(HttpHeaders.WWW_AUTHENTICATE) == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PerfEval\"");
        }
        StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":")
                .append(quote(status.getReasonPhrase())).append(",\"status\":").append(status.value())
                .append(",\"detail\":").append(quote(translator.render(detail, locale)))
                .append(",\"instance\":").append(quote(instance));
        if (correlationId != null) {
            json.append(",\"correlationId\":").append(quote(correlationId));
        }
        response.getWriter().write(json.append('}').toString());
        response.flushBuffer();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
