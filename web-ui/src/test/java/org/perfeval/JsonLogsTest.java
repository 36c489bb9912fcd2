package org.perfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured logs (issue 15): with PERFEVAL_LOG_FORMAT=ecs every console line is a JSON object, and a line logged while
 * serving a request names its user and the evaluation its path names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "PERFEVAL_LOG_FORMAT=ecs")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Logback is configured once per JVM, by the first application context: forget that configuration, so that this
     * test's context sets up its console as an application started with PERFEVAL_LOG_FORMAT would.
     */
    @BeforeAll
    static void configureLoggingAfresh() {
        LoggingSystem.get(JsonLogsTest.class.getClassLoader()).cleanUp();
    }

    /** The next context configures logging its own way again. */
    @AfterAll
    static void forgetTheJsonConfiguration() {
        LoggingSystem.get(JsonLogsTest.class.getClassLoader()).cleanUp();
    }

    @Test
    void aStepsLogLineIsJsonWithTheUserAndTheEvaluation(CapturedOutput output) throws Exception {
        long id = firstEvaluation();
        if (send("/api/evaluations/" + id + "/actions", null).body().contains("UNCLAIM")) {
            send("/api/evaluations/" + id + "/unclaim", "{}");
        }
        assertThat(send("/api/evaluations/" + id + "/claim", "{}").statusCode()).isEqualTo(200);

        List<String> lines = output.getOut().lines().filter(line -> line.contains("CLAIM on evaluation " + id))
                .toList();
        assertThat(lines).hasSize(1);
        JsonNode line = JsonMapper.builder().build().readTree(lines.getFirst());
        assertThat(line.path("log.level").asString(line.at("/log/level").asString())).isEqualTo("INFO");
        assertThat(line.path("user.name").asString(line.at("/user/name").asString())).isEqualTo("drafter");
        assertThat(line.path("evaluationId").asString()).isEqualTo(String.valueOf(id));
        assertThat(output.getOut().lines().filter(l -> l.startsWith("{")).count())
                .as("the application's lines are JSON too").isGreaterThan(1);
    }

    private long firstEvaluation() throws Exception {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(send("/api/evaluations", null).body());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private HttpResponse<String> send(String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "drafter:perfeval".getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
