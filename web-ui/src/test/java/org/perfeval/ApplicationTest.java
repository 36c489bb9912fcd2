package org.perfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application on a random port, with the demo data of the embedded default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":perfeval").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void healthIsPublicAndUpWithoutDetailsForAnonymousCallers() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(health.body());
        assertThat(body.get("status").stringValue()).isEqualTo("UP");
        assertThat(body.has("components")).isFalse();
        assertThat(body.has("details")).isFalse();
    }

    @Test
    void theDemoDrafterFindsTheSeedReportStoredAndScored() throws Exception {
        HttpResponse<String> list = get("/api/evaluations", "drafter");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .contains("json"));
        JsonNode seed = JsonMapper.builder().build().readTree(list.body()).get(0);
        assertThat(seed.get("departmentName").stringValue()).isEqualTo("郑州市金水区人民政府办公室");
        assertThat(seed.get("year").intValue()).isEqualTo(2021);
        assertThat(seed.get("computedTotal").decimalValue()).isEqualByComparingTo("97.20");
        assertThat(seed.get("selfTotal").decimalValue()).isEqualByComparingTo("95.92");
    }

    @Test
    void theOtherDepartmentsDrafterDoesNotSeeIt() throws Exception {
        HttpResponse<String> list = get("/api/evaluations", "edu-drafter");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(list.body()).size()).isZero();
    }

    @Test
    void screensNeedALoginAndTheLoginPageIsPublic() throws Exception {
        HttpResponse<String> home = get("/", null);
        HttpResponse<String> login = get("/login", null);

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(login.statusCode()).isEqualTo(200);
    }
}
