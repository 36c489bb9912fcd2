package org.perfeval.deploy.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API of one node as one user: HTTP Basic with a local account, or a bearer token from Keycloak. */
final class PlatformApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final Supplier<String> authorization;

    private PlatformApi(String baseUrl, Supplier<String> authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    static PlatformApi basic(PlatformNode node, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return new PlatformApi(node.baseUrl(), () -> "Basic " + credentials);
    }

    static PlatformApi bearer(PlatformNode node, Supplier<String> token) {
        return new PlatformApi(node.baseUrl(), () -> "Bearer " + token.get());
    }

    record Answer(int status, String body, HttpResponse<String> response) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    JsonNode get(String path) {
        return expectSuccess("GET", path, call("GET", path, null));
    }

    JsonNode post(String path, Object body) {
        return expectSuccess("POST", path, send("POST", path, body));
    }

    JsonNode put(String path, Object body) {
        return expectSuccess("PUT", path, send("PUT", path, body));
    }

    /** A state-changing call with a JSON body (a String is sent as it is), whatever it answers. */
    Answer send(String method, String path, Object body) {
        String json = body instanceof String text ? text : JSON.writeValueAsString(body);
        return call(method, path, json);
    }

    Answer call(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", authorization.get())
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + baseUrl + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode expectSuccess(String method, String path, Answer answer) {
        if (answer.status() / 100 != 2) {
            throw new AssertionError(method + " " + baseUrl + path + " answered " + answer.status() + ": "
                    + answer.body());
        }
        return answer.body().isBlank() ? JSON.createObjectNode() : answer.json();
    }
}
