package org.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded mode's web defences over real HTTP: security headers that Vaadin works under, CSRF protection (the
 * token for logout and Vaadin's requests, the Origin check for the login form), a new session id at login, and a
 * Secure session cookie behind an HTTPS proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebSecurityTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void screensAndApiCarryAContentSecurityPolicyNoFramingAndNoSniffing() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(url("/login")));
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
        assertThat(login.headers().allValues("X-Frame-Options")).isNotEmpty()
                .allSatisfy(value -> assertThat(value).isIn("DENY", "SAMEORIGIN"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");

        HttpResponse<String> api = send(HttpRequest.newBuilder(url("/api/me")).header("Authorization", basic()));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aLoginFormPostedFromAnotherSiteIsRefusedAndALoginGetsANewSessionId() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")));
        String before = sessionId(page).orElseThrow();

        HttpResponse<String> forged = postLogin(before, "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(sessionId(forged)).isEmpty();

        HttpResponse<String> login = postLogin(before, "http://localhost:" + port);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String after = sessionId(login).orElseThrow();
        assertThat(after).as("session fixation: the id changes at login").isNotEqualTo(before);

        HttpResponse<String> logoutForged = send(HttpRequest.newBuilder(url("/logout"))
                .header("Cookie", "JSESSIONID=" + after).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logoutForged.statusCode()).as("logout needs the CSRF token").isEqualTo(403);
        HttpResponse<String> stillIn = send(HttpRequest.newBuilder(url("/inbox")).header("Cookie", "JSESSIONID=" + after));
        assertThat(stillIn.statusCode()).as("a forged logout leaves the session alone").isEqualTo(200);
        assertThat(CSRF.matcher(stillIn.body()).find()).as("pages carry the CSRF token for Vaadin's requests").isTrue();
    }

    @Test
    void theSessionCookieIsSecureAndHttpOnlyBehindAnHttpsProxy() throws Exception {
        HttpResponse<String> proxied = send(HttpRequest.newBuilder(url("/login")).header("X-Forwarded-Proto", "https"));
        String cookie = proxied.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> plain = send(HttpRequest.newBuilder(url("/login")));
        assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }

    private HttpResponse<String> postLogin(String session, String origin) throws Exception {
        String form = "username=drafter&password=perfeval";
        return send(HttpRequest.newBuilder(url("/login")).header("Cookie", "JSESSIONID=" + session)
                .header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static Optional<String> sessionId(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("reviewer:perfeval".getBytes(StandardCharsets.UTF_8));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
