package org.perfeval.web.apidocs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/**
 * Documents every operation's refusals, all answered as problem details, from what the operation is rather than from
 * an annotation on each method: 400 for any call (a malformed parameter), 401 and 403 outside the public portal,
 * 404 where the path names something, 409 for the calls that change something (a concurrent edit, a step the
 * workflow does not allow now), 413 and 415 where a body is sent. The API's catch-all for unknown paths is left out.
 */
final class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Map<String, String> MEANINGS = meanings();

    @Override
    public void customise(OpenAPI api) {
        api.getPaths().keySet().removeIf(path -> path.equals("/api") || path.equals("/api/**"));
        ModelConverters converters = ModelConverters.getInstance(api.getSpecVersion() == SpecVersion.V31);
        converters.readAll(Problem.class).forEach((name, schema) -> api.getComponents().addSchemas(name, schema));
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = path.startsWith("/api/public");
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean names = path.contains("{");
        boolean body = operation.getRequestBody() != null;
        refusal(operation, "400");
        if (!open) {
            refusal(operation, "401");
            refusal(operation, "403");
            operation.addSecurityItem(new SecurityRequirement().addList(ApiDocsConfiguration.BASIC));
            operation.addSecurityItem(new SecurityRequirement().addList(ApiDocsConfiguration.BEARER));
        }
        if (names) {
            refusal(operation, "404");
        }
        if (changes) {
            refusal(operation, "409");
        }
        if (body) {
            refusal(operation, "413");
            refusal(operation, "415");
        }
    }

    private static void refusal(Operation operation, String status) {
        Schema<?> problem = new Schema<>().$ref("#/components/schemas/Problem");
        operation.getResponses().computeIfAbsent(status, code -> new ApiResponse().description(MEANINGS.get(code))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem))));
    }

    private static Map<String, String> meanings() {
        Map<String, String> meanings = new LinkedHashMap<>();
        meanings.put("400", "Bad request: a parameter or field is missing or malformed; errors names each field");
        meanings.put("401", "Unauthorized: no credentials, or wrong ones (HTTP Basic, or a Keycloak bearer token)");
        meanings.put("403", "Forbidden: the user's role or department may not do this");
        meanings.put("404", "Not found: no such thing, or one the user may not see");
        meanings.put("409", "Conflict: changed by someone else meanwhile, or not allowed at the current stage");
        meanings.put("413", "Payload too large: the body exceeds the API's limit");
        meanings.put("415", "Unsupported media type: the body must be application/json");
        return meanings;
    }
}
