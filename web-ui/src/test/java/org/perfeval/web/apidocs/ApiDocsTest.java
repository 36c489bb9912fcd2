package org.perfeval.web.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description and the Swagger UI over real HTTP (issue 15): an administrator logged in to the screens
 * reads both, served by springdoc and not by Vaadin's servlet; anyone else is sent to the login page or refused; the
 * description lists the API's endpoints, each with the problem-detail refusals it can answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDocsTest {

    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSwaggerUiIsSpringdocsPageForAdministratorsAndRefusedToEveryoneElse() throws Exception {
        String admin = login("admin");
        HttpResponse<String> page = get("/swagger-ui/index.html", admin);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").contains("swagger-initializer.js").doesNotContain("vaadin");
        HttpResponse<String> initializer = get("/swagger-ui/swagger-initializer.js", admin);
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).contains("/v3/api-docs");
        assertThat(get("/swagger-ui.html", admin).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/swagger-ui/index.html"));

        HttpResponse<String> anonymous = get("/swagger-ui/index.html", null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        String drafter = login("drafter");
        assertThat(get("/swagger-ui/index.html", drafter).statusCode()).isEqualTo(403);
        assertThat(get("/v3/api-docs", drafter).statusCode()).isEqualTo(403);
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(302);
    }

    @Test
    void theDescriptionListsTheEndpointsEachWithItsProblemResponses() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", login("admin"));
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = JsonMapper.builder().build().readTree(docs.body());
        JsonNode paths = api.get("paths");
        assertThat(paths.has("/api")).as("the catch-all for unknown paths is no endpoint").isFalse();
        assertThat(api.at("/components/schemas/Problem/properties").has("detail")).isTrue();

        refusals(paths, "/api/evaluations", "get", List.of("400", "401", "403"), List.of("413", "415"));
        refusals(paths, "/api/evaluations/{id}", "get", List.of("400", "401", "403", "404"), List.of("409"));
        refusals(paths, "/api/rounds", "get", List.of("400", "401", "403"), List.of());
        refusals(paths, "/api/rounds", "post", List.of("400", "401", "403", "409", "413", "415"), List.of());
        for (String step : List.of("submit", "approve", "return", "send-back", "resubmit", "withdraw", "claim")) {
            refusals(paths, "/api/evaluations/{id}/" + step, "post",
                    List.of("400", "401", "403", "404", "409", "413", "415"), List.of());
        }
        refusals(paths, "/api/public/reports", "get", List.of("400"), List.of("401", "403"));
    }

    private static void refusals(JsonNode paths, String path, String method, List<String> documented,
                                 List<String> absent) {
        JsonNode responses = paths.path(path).path(method).path("responses");
        assertThat(responses.isObject()).as(method + " " + path).isTrue();
        for (String status : documented) {
            assertThat(responses.path(status).path("content").has(PROBLEM)).as(method + " " + path + " " + status)
                    .isTrue();
        }
        for (String status : absent) {
            assertThat(responses.has(status)).as(method + " " + path + " " + status).isFalse();
        }
    }

    /** A session of {@code user} logged in through the login form, as a browser would. */
    private String login(String user) throws Exception {
        HttpResponse<String> page = get("/login", null);
        String session = session(page);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Cookie", "JSESSIONID=" + session).header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=perfeval")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return session(login);
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
