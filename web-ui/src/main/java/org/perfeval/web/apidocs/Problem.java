package org.perfeval.web.apidocs;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The problem detail (RFC 9457) every refused API call answers with, as the OpenAPI description shows it. */
@Schema(name = "Problem", description = "Why a call was refused, in the caller's language (Accept-Language)")
record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Conflict") String title,
        @Schema(example = "409") int status,
        @Schema(description = "What went wrong, in a sentence") String detail,
        @Schema(example = "/api/evaluations/42/approve") String instance,
        @Schema(description = "Each field at fault, for refused input") List<FieldError> errors,
        @Schema(description = "For a 500: the id the server log carries") String correlationId) {

    /** One field at fault. */
    @Schema(name = "ProblemError")
    record FieldError(@Schema(description = "JSON pointer to the field", example = "/budget/total") String pointer,
                      @Schema(description = "Why, in English") String message,
                      @Schema(description = "Why, in Chinese") String messageZh,
                      @Schema(description = "A scoring finding's code, if any") String code) {
    }
}
