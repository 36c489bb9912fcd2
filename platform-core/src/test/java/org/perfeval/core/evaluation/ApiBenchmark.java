package org.perfeval.core.evaluation;

import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.MariaDb;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Not a test: prints, over real HTTP on a real MariaDB, the median of an API call with HTTP Basic against the same
 * call made anonymously (the goal: at most 3×), and how many calls of {@code GET /api/evaluations} per second a
 * client gets with {@code perfeval.bench.forms} (1,000) forms, a page of 50 and the whole list. Run with -Pbench.
 */
@ExtendWith(MariaDb.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "logging.level.root=WARN")
@DirtiesContext
@WithTestDirectory
class ApiBenchmark {

    private static final int FORMS = Integer.getInteger("perfeval.bench.forms", 1000);
    private static final int CALLS = 400;
    private static final long SECONDS = 15;

    @LocalServerPort
    int port;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    UserDetailsService users;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDb.register(registry);
    }

    /** The cheapest answer the API gives anyone: what a call costs before any work of its own. */
    @RestController
    static class Ping {

        @GetMapping("/api/public/bench-ping")
        String ping() {
            return "ok";
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Pinging {

        @Bean
        Ping ping() {
            return new Ping();
        }
    }

    @Test
    void loginCostAndListThroughput() throws Exception {
        for (int i = 0; i < 100; i++) {
            call("/api/public/bench-ping", null);
            call("/api/public/bench-ping", OFFICE_DRAFTER);
            call("/api/me", OFFICE_DRAFTER);
        }
        List<Long> anonymous = new ArrayList<>();
        List<Long> basic = new ArrayList<>();
        List<Long> me = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            anonymous.add(timed("/api/public/bench-ping", null));
            basic.add(timed("/api/public/bench-ping", OFFICE_DRAFTER));
            me.add(timed("/api/me", OFFICE_DRAFTER));
        }
        double anon = median(anonymous) / 1e6;
        double auth = median(basic) / 1e6;
        System.out.printf("%n[bench] auth: median anonymous call %.2f ms, the same with HTTP Basic %.2f ms: %.2f×"
                + " (goal: at most 3×); GET /api/me with HTTP Basic %.2f ms%n", anon, auth, auth / anon,
                median(me) / 1e6);

        long start = System.nanoTime();
        for (int i = 0; i < FORMS; i++) {
            String project = "基准项目" + i;
            int year = 2000 + i % 20;
            TestDirectory.as(users, OFFICE_DRAFTER,
                    () -> evaluations.importJson(Forms.submittableProject(year, project)));
        }
        System.out.printf("[bench] list: %d forms imported in %.1f s%n", FORMS, (System.nanoTime() - start) / 1e9);
        String page = "/api/evaluations?page=0&size=50";
        for (int i = 0; i < 50; i++) {
            call(page, FINANCE_REVIEWER);
            call("/api/evaluations", FINANCE_REVIEWER);
        }
        System.out.printf("[bench] list: GET %s with %d forms: %.1f calls/s (1 client), %.1f calls/s (4 clients)%n",
                page, FORMS, throughput(page, 1), throughput(page, 4));
        System.out.printf("[bench] list: GET /api/evaluations (every form, one array) with %d forms: %.1f calls/s"
                + " (1 client)%n%n", FORMS, throughput("/api/evaluations", 1));
    }

    private double throughput(String path, int clients) throws Exception {
        AtomicLong calls = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    call(path, FINANCE_REVIEWER);
                    calls.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        return calls.get() / ((System.nanoTime() - start) / 1e9);
    }

    private long timed(String path, String user) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        call(path, user);
        return System.nanoTime() - t0;
    }

    private void call(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
