package org.perfeval.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.security.Role;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.security.SystemUser;
import org.perfeval.scoring.document.json.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every /api answer is a problem detail with a true status, on every store: logins, paths, methods, media types,
 * charsets, encodings, bounded collections and cross-site posts.
 */
abstract class ApiHardeningContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TARGET = "xsite.target";
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;
    @Autowired
    SelfEvaluationRepository repository;
    @Autowired
    AccountService accounts;

    @BeforeEach
    void clean() {
        repository.deleteAll();
    }

    static ObjectNode seed() {
        return (ObjectNode) JSON.readTree(Samples.jinshui2021Json());
    }

    private static MockHttpServletRequestBuilder importing(byte[] body, String contentType) {
        return post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD)).contentType(contentType)
                .content(body);
    }

    private static MockHttpServletRequestBuilder importing(String body) {
        return importing(body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_VALUE);
    }

    @Test
    void anAnonymousCallGets401WithAChallengeAndAProblem() throws Exception {
        mvc.perform(get("/api/evaluations")).andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/evaluations").with(httpBasic(OFFICE_DRAFTER, "wrong-password")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void wrongPathsMethodsAndParametersGetTheirOwnStatusAsProblems() throws Exception {
        mvc.perform(get("/api/evaluations/abc").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].pointer").value("/id"));
        mvc.perform(get("/api/no-such-thing").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(delete("/api/evaluations/1").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", allOf(containsString("GET"), containsString("PUT"))))
                .andExpect(jsonPath("$.status").value(405));
        mvc.perform(importing("{}".getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN_VALUE))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void anUnexpectedFailureAnswers500WithACorrelationIdAndNoDetails() throws Exception {
        mvc.perform(get("/api/test/failure").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.correlationId").isString())
                .andExpect(content().string(not(containsString("jdbc"))))
                .andExpect(content().string(not(containsString("secret"))));
    }

    @Test
    void aNumberBeyondAnyAmountIsRefusedNamingItsField() throws Exception {
        String body = Samples.jinshui2021Json().replaceFirst("\"initial\": 234", "\"initial\": 1e2147483648");
        assertThat(body).contains("1e2147483648");
        mvc.perform(importing(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/budget/initial")));
        assertThat(repository.count()).isZero();
    }

    @Test
    void everyCollectionOfTheFormatIsBounded() throws Exception {
        ObjectNode many = seed();
        ObjectNode scores = ((ObjectNode) many.get("selfReported")).putObject("level1Scores");
        for (int i = 0; i < 20_000; i++) {
            scores.put("指标" + i, 1);
        }
        mvc.perform(importing(JSON.writeValueAsString(many))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/selfReported/level1Scores")));
        ObjectNode rows = seed();
        var indicators = rows.withArray("indicators");
        var first = indicators.get(0);
        while (indicators.size() <= 1000) {
            indicators.add(first.deepCopy());
        }
        mvc.perform(importing(JSON.writeValueAsString(rows))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/indicators")));
        ObjectNode tasks = seed();
        var list = tasks.withArray("tasks");
        while (list.size() <= 1000) {
            list.add(list.get(0).deepCopy());
        }
        mvc.perform(importing(JSON.writeValueAsString(tasks))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/tasks")));
        assertThat(repository.count()).isZero();
    }

    @Test
    void brokenEncodingsAndOtherCharsetsAreRefusedNotReplaced() throws Exception {
        byte[] seed = Samples.jinshui2021Json().getBytes(StandardCharsets.UTF_8);
        byte[] broken = seed.clone();
        int at = Samples.jinshui2021Json().indexOf("金水") ;
        broken[new String(seed, StandardCharsets.UTF_8).substring(0, at).getBytes(StandardCharsets.UTF_8).length]
                = (byte) 0xFF;
        mvc.perform(importing(broken, MediaType.APPLICATION_JSON_VALUE)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value(""));
        mvc.perform(importing(seed, "application/json;charset=ISO-8859-1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", containsString("ISO-8859-1")));
        String lone = Samples.jinshui2021Json().replaceFirst("\"department\": \"", "\"department\": \"\\\\ud800");
        assertThat(lone).contains("\\ud800");
        mvc.perform(importing(lone)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/department"));
        mvc.perform(importing(seed, "application/json;charset=UTF-8")).andExpect(status().isCreated());
        assertThat(repository.count()).isOne();
    }

    @Test
    void crossSitePostsAndBodilessPostsCannotChangeAUser() throws Exception {
        SystemUser.run(() -> {
            if (accounts.find(TARGET).isEmpty()) {
                accounts.create(new NewAccount(TARGET, "被停用者", null, PASSWORD, TestDirectory.OFFICE,
                        Set.of(Role.DRAFTER)));
            }
        });
        mvc.perform(post("/api/admin/users/" + TARGET + "/disable").with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/admin/users/" + TARGET + "/disable").with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("a=b"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/admin/users/" + TARGET + "/disable").with(httpBasic(ADMIN, PASSWORD))
                        .header("Origin", "https://evil.example").contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        SystemUser.run(() -> assertThat(accounts.find(TARGET).orElseThrow().enabled()).isTrue());
        mvc.perform(post("/api/admin/users/" + TARGET + "/disable").with(httpBasic(ADMIN, PASSWORD))
                        .header("Origin", "http://localhost").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/admin/users/" + TARGET + "/enable").with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
    }
}
