package org.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.perfeval.web.testing.KeycloakServer;
import org.perfeval.web.testing.TestRealm;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The keycloak mode's REST API against a real Keycloak: each demo user's token maps to the right roles and department,
 * bad tokens are refused, and user administration round-trips through the admin client into the realm.
 */
@ExtendWith(KeycloakServer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "perfeval.keycloak.clock-skew=0s")
@ActiveProfiles({"test", "keycloak"})
class KeycloakApiIT {

    private static final int PORT = port();
    private static TestRealm realm;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) throws IOException {
        realm = KeycloakServer.newRealm(PORT);
        realm.register(registry);
        registry.add("server.port", () -> PORT);
    }

    @Test
    void eachDemoUsersTokenMapsToItsRolesAndDepartment() throws Exception {
        assertMe("drafter", "王晓填", "JSZF", "DRAFTER");
        assertMe("reviewer", "李审文", "JSZF", "DEPT_REVIEWER");
        assertMe("edu-drafter", "赵教填", "JSJY", "DRAFTER");
        assertMe("edu-reviewer", "钱教审", "JSJY", "DEPT_REVIEWER");
        assertMe("finance", "孙财审", "JSCZ", "FINANCE_REVIEWER");
        assertMe("admin", "周管理", "JSCZ", "ADMIN");
        JsonNode newcomer = me(realm.token("newcomer", "perfeval"));
        assertThat(newcomer.get("roles")).isEmpty();
        assertThat(newcomer.get("departmentCode").isNull()).isTrue();
    }

    @Test
    void theDepartmentInTheTokenScopesWhatAUserSees() throws Exception {
        JsonNode office = json.readTree(get("/api/evaluations", realm.token("drafter", "perfeval")).body());
        JsonNode education = json.readTree(get("/api/evaluations", realm.token("edu-drafter", "perfeval")).body());
        assertThat(office.toString()).contains("郑州市金水区人民政府办公室");
        assertThat(education.toString()).doesNotContain("郑州市金水区人民政府办公室");
        long id = office.get(0).get("id").asLong();
        // another department's form is as missing to them as one that does not exist
        assertThat(get("/api/evaluations/" + id, realm.token("edu-drafter", "perfeval")).statusCode()).isEqualTo(404);
    }

    @Test
    void aValidTokenIsAcceptedAndAMissingTamperedForeignOrExpiredOneIsRefused() throws Exception {
        String token = realm.token("drafter", "perfeval");
        assertThat(get("/api/me", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/me", null).statusCode()).isEqualTo(401);

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"JSZF\"", "\"JSJY\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(claims).contains("JSJY");
        assertThat(get("/api/me", tampered).statusCode()).isEqualTo(401);

        TestRealm foreign = KeycloakServer.newRealm(PORT);
        assertThat(get("/api/me", foreign.token("drafter", "perfeval")).statusCode()).isEqualTo(401);

        RealmRepresentation settings = realm.admin().toRepresentation();
        int lifespan = settings.getAccessTokenLifespan();
        settings.setAccessTokenLifespan(1);
        realm.admin().update(settings);
        String shortLived;
        try {
            shortLived = realm.token("drafter", "perfeval");
        } finally {
            settings.setAccessTokenLifespan(lifespan);
            realm.admin().update(settings);
        }
        assertThat(get("/api/me", shortLived).statusCode()).as("accepted while it lives").isEqualTo(200);
        // Keycloak's clock, not ours: the only way to an expired token is to let its second pass
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/api/me", shortLived).statusCode() == 401);
        assertThat(get("/api/me", shortLived).headers().firstValue("WWW-Authenticate").orElse(""))
                .contains("invalid_token");
    }

    @Test
    void metricsAnswerAnAdministratorsTokenAndTheScrapeTokenButNoOtherRoleOrToken() throws Exception {
        assertThat(get("/actuator/prometheus", realm.token("admin", "perfeval")).statusCode()).isEqualTo(200);
        // the scrape token is no JWT: it must not reach the token decoder, which would refuse it
        HttpResponse<String> scraper = get("/actuator/prometheus", "test-scrape-token-5f0c8a");
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.body()).contains("perfeval_tasks_open");
        assertThat(get("/actuator/prometheus", realm.token("drafter", "perfeval")).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "not-the-scrape-token-at-all").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    }

    @Test
    void userAndRoleAdministrationRoundTripsThroughTheAdminClientIntoTheRealm() throws Exception {
        String admin = realm.token("admin", "perfeval");
        HttpResponse<String> created = send("POST", "/api/admin/users", admin, """
                {"username":"zhang.san","displayName":"张三","email":"zhang.san@example.cn",
                 "password":"Initial-2026","departmentCode":"JSJY","roles":["DRAFTER"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        UserRepresentation inRealm = realm.admin().users().searchByUsername("zhang.san", true).getFirst();
        assertThat(inRealm.getFirstName()).isEqualTo("张三");
        assertThat(inRealm.getAttributes().get("department")).containsExactly("JSJY");
        assertThat(realmRoles(inRealm)).contains("drafter").doesNotContain("dept-reviewer");

        assertThat(send("PUT", "/api/admin/users/zhang.san/roles/dept-reviewer", admin, null).statusCode())
                .isEqualTo(200);
        assertThat(send("DELETE", "/api/admin/users/zhang.san/roles/drafter", admin, null).statusCode())
                .isEqualTo(200);
        assertThat(realmRoles(inRealm)).contains("dept-reviewer").doesNotContain("drafter");

        assertThat(send("POST", "/api/admin/users/zhang.san/disable", admin, null).statusCode()).isEqualTo(200);
        assertThat(realm.admin().users().get(inRealm.getId()).toRepresentation().isEnabled()).isFalse();

        JsonNode listed = json.readTree(get("/api/admin/users", admin).body());
        assertThat(listed.toString()).contains("zhang.san", "张三", "newcomer");
        JsonNode trail = json.readTree(get("/api/admin/users/audit?username=zhang.san", admin).body());
        assertThat(trail.findValuesAsString("action")).containsExactly("DISABLE", "REVOKE", "GRANT", "CREATE");
        assertThat(trail.findValuesAsString("directory")).containsOnly("keycloak");
        assertThat(trail.findValuesAsString("actor")).containsOnly("admin");
    }

    @Test
    void aRefusedUserChangeNamesTheFieldAndLeavesTheRealmAlone() throws Exception {
        String admin = realm.token("admin", "perfeval");
        HttpResponse<String> refused = send("POST", "/api/admin/users", admin, """
                {"username":"Li Si","displayName":"李四","password":"short","departmentCode":"JSJY",
                 "roles":["FINANCE_REVIEWER"]}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).findValuesAsString("pointer"))
                .contains("/username", "/password", "/departmentCode");
        assertThat(realm.admin().users().searchByUsername("li si", true)).isEmpty();
        assertThat(realm.admin().users().count()).isEqualTo(realm.admin().users().list().size());

        String drafter = realm.token("drafter", "perfeval");
        assertThat(get("/api/admin/users", drafter).statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/admin/users/drafter/roles/admin", drafter, null).statusCode()).isEqualTo(403);
        assertThat(realmRoles(realm.admin().users().searchByUsername("drafter", true).getFirst()))
                .doesNotContain("admin");
    }

    private List<String> realmRoles(UserRepresentation user) {
        return realm.admin().users().get(user.getId()).roles().realmLevel().listAll().stream()
                .map(role -> role.getName()).toList();
    }

    private void assertMe(String username, String name, String department, String role) throws Exception {
        JsonNode me = me(realm.token(username, "perfeval"));
        assertThat(me.get("username").asString()).isEqualTo(username);
        assertThat(me.get("displayName").asString()).isEqualTo(name);
        assertThat(me.get("departmentCode").asString()).isEqualTo(department);
        assertThat(me.get("roles").toString()).isEqualTo("[\"" + role + "\"]");
    }

    private JsonNode me(String token) throws Exception {
        HttpResponse<String> response = get("/api/me", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body,
                        StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int port() {
        try {
            return KeycloakServer.freePort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
