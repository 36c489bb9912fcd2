package org.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Prometheus endpoint over real HTTP (issue 15): administrators and a Prometheus server bearing the scrape token
 * read it, nobody else; a step taken through the API shows in {@code perfeval_steps_total} by stage and action, and
 * the business gauges are there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PrometheusMetricsTest {

    private static final String TOKEN = "test-scrape-token-5f0c8a";
    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void metricsAnswerAdministratorsAndTheScrapeTokenOnly() throws Exception {
        assertThat(metrics(null).statusCode()).isEqualTo(401);
        assertThat(metrics(basic("drafter")).statusCode()).isEqualTo(403);
        assertThat(metrics(basic("finance")).statusCode()).isEqualTo(403);
        assertThat(metrics("Bearer not-the-scrape-token-at-all").statusCode()).isEqualTo(401);
        assertThat(metrics("Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8)))
                .statusCode()).isEqualTo(401);

        HttpResponse<String> admin = metrics(basic("admin"));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("perfeval_tasks_open");
        HttpResponse<String> scraper = metrics("Bearer " + TOKEN);
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.body()).contains("perfeval_tasks_open").contains("jvm_memory_used_bytes");
    }

    @Test
    void aStepTakenCountsUnderItsStageAndActionAndTheGaugesShowTheWorkflow() throws Exception {
        long id = firstEvaluationOf("drafter");
        if (send(HttpRequest.newBuilder(url("/api/evaluations/" + id + "/actions"))
                .header("Authorization", basic("drafter"))).body().contains("UNCLAIM")) {
            assertThat(step(id, "unclaim").statusCode()).isEqualTo(200);
        }
        double before = claimsAtDrafting(metrics(basic("admin")).body());

        assertThat(step(id, "claim").statusCode()).isEqualTo(200);
        String after = metrics("Bearer " + TOKEN).body();
        assertThat(step(id, "unclaim").statusCode()).isEqualTo(200);

        assertThat(claimsAtDrafting(after)).isEqualTo(before + 1);
        assertThat(sample(after, "perfeval_tasks_open", "stage=\"DRAFTING\"")).isGreaterThanOrEqualTo(1);
        for (String stage : new String[] {"DRAFTING", "INTERNAL_REVIEW", "FINANCE_CHECK", "RECTIFICATION",
                "PUBLICATION"}) {
            assertThat(sample(after, "perfeval_tasks_open", "stage=\"" + stage + "\"")).isNotNaN();
            assertThat(sample(after, "perfeval_tasks_overdue", "stage=\"" + stage + "\"")).isNotNaN();
        }
        assertThat(sample(after, "perfeval_outbox_mails", "status=\"pending\"")).isNotNaN();
        assertThat(sample(after, "perfeval_outbox_mails", "status=\"failed\"")).isNotNaN();
        assertThat(after).containsPattern("(?m)^perfeval_outbox_events \\d");
        assertThat(after).containsPattern("(?m)^perfeval_scoring_seconds_count [1-9]");
    }

    /** Claims taken at the drafting stage so far: none before the first. */
    private static double claimsAtDrafting(String exposition) {
        String[] labels = {"action=\"CLAIM\"", "stage=\"DRAFTING\""};
        String value = find(exposition, "perfeval_steps_total", labels);
        return value == null ? 0 : Double.parseDouble(value);
    }

    /** The value of the sample of {@code name} whose labels include all of {@code labels}, which must be there. */
    private static double sample(String exposition, String name, String... labels) {
        String value = find(exposition, name, labels);
        assertThat(value).as(name + " " + String.join(",", labels)).isNotNull();
        return Double.parseDouble(value);
    }

    private static String find(String exposition, String name, String... labels) {
        Matcher sample = SAMPLE.matcher(exposition);
        while (sample.find()) {
            String found = sample.group(2);
            if (sample.group(1).equals(name) && Arrays.stream(labels).allMatch(found::contains)) {
                return sample.group(3);
            }
        }
        return null;
    }

    private long firstEvaluationOf(String user) throws Exception {
        HttpResponse<String> list = send(HttpRequest.newBuilder(url("/api/evaluations"))
                .header("Authorization", basic(user)));
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(list.body());
        assertThat(id.find()).as(list.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private HttpResponse<String> step(long id, String action) throws Exception {
        return send(HttpRequest.newBuilder(url("/api/evaluations/" + id + "/" + action))
                .header("Authorization", basic("drafter")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    private HttpResponse<String> metrics(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
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
