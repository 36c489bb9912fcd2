package org.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The API and the screens over real HTTP, where error dispatches and redirects happen as in production (issue 16,
 * items 4 and 9): API errors are problems, not the login page; redirects carry neither the session id nor the
 * client's Host header; health details are for administrators.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiOverHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void apiErrorsAreProblemsNeverTheLoginPageOrTheApplicationPage() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(url("/api/evaluations")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("problem+json"));

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(url("/api/no-such-thing"))
                .header("Authorization", basic("drafter")));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"status\":404").doesNotContain("<html");

        HttpResponse<String> notJson = send(HttpRequest.newBuilder(url("/api/evaluations/import"))
                .header("Authorization", basic("drafter")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertThat(notJson.body()).contains("\"status\":415");

        HttpResponse<String> badId = send(HttpRequest.newBuilder(url("/api/evaluations/abc"))
                .header("Authorization", basic("drafter")));
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("\"pointer\":\"/id\"");
    }

    @Test
    void anotherDepartmentsEvaluationIsMissingLikeOneThatNeverExisted() throws Exception {
        HttpResponse<String> list = send(HttpRequest.newBuilder(url("/api/evaluations"))
                .header("Authorization", basic("drafter")));
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(list.body());
        assertThat(id.find()).isTrue();
        HttpResponse<String> stranger = send(HttpRequest.newBuilder(url("/api/evaluations/" + id.group(1)))
                .header("Authorization", basic("edu-drafter")));
        HttpResponse<String> missing = send(HttpRequest.newBuilder(url("/api/evaluations/987654321"))
                .header("Authorization", basic("edu-drafter")));
        assertThat(stranger.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
        assertThat(stranger.body()).doesNotContain("金水区人民政府办公室");
    }

    @Test
    void redirectsCarryNoSessionIdAndNoForeignHost() throws Exception {
        String answer = raw("GET /inbox HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 302");
        String location = answer.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .findFirst().orElseThrow();
        assertThat(location).doesNotContain("evil.example").doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void healthDetailsAreForAdministratorsOnly() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(url("/actuator/health")));
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("components").doesNotContain("diskSpace");
        HttpResponse<String> drafter = send(HttpRequest.newBuilder(url("/actuator/health"))
                .header("Authorization", basic("drafter")));
        assertThat(drafter.body()).doesNotContain("diskSpace").doesNotContain("database");
        HttpResponse<String> admin = send(HttpRequest.newBuilder(url("/actuator/health"))
                .header("Authorization", basic("admin")));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"db\"").contains("diskSpace");
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":perfeval").getBytes(StandardCharsets.UTF_8));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
