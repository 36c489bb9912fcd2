package org.perfeval.core.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers an /api address that no controller takes: 405 with Allow when the path exists for other methods, else 404,
 * both problem details, where the screens' catch-all would otherwise answer with the application's HTML page.
 */
@RestController
class ApiFallbackController {

    private final RequestMappingHandlerMapping mappings;
    private final ProblemTexts texts;

    ApiFallbackController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                          ProblemTexts texts) {
        this.mappings = mappings;
        this.texts = texts;
    }

    @RequestMapping({"/api", "/api/**"})
    ResponseEntity<ProblemDetail> none(HttpServletRequest request) {
        Set<RequestMethod> allowed = EnumSet.noneOf(RequestMethod.class);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() != null && !isFallback(info)
                    && info.getPathPatternsCondition().getMatchingCondition(request) != null) {
                allowed.addAll(info.getMethodsCondition().getMethods());
            }
        }
        if (allowed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(texts.problem(HttpStatus.NOT_FOUND, request));
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, allowed.stream().map(Enum::name).collect(Collectors.joining(", ")))
                .body(texts.problem(HttpStatus.METHOD_NOT_ALLOWED, request));
    }

    private static boolean isFallback(RequestMappingInfo info) {
        return info.getPathPatternsCondition().getPatternValues().contains("/api/**");
    }
}
