package org.perfeval.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.workflow.process.AccessMatrixTest.Who.ADMIN;
import static org.perfeval.workflow.process.AccessMatrixTest.Who.ANONYMOUS;
import static org.perfeval.workflow.process.AccessMatrixTest.Who.EDUCATION_DRAFTER;
import static org.perfeval.workflow.process.AccessMatrixTest.Who.EDUCATION_REVIEWER;
import static org.perfeval.workflow.process.AccessMatrixTest.Who.FINANCE_REVIEWER;
import static org.perfeval.workflow.process.AccessMatrixTest.Who.OFFICE_DRAFTER;
import static org.perfeval.workflow.process.AccessMatrixTest.Who.OFFICE_REVIEWER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, over the REST API that the screens' services also serve: anonymous and every role of the seed's
 * department, of another department and of the finance bureau, against every endpoint at every stage of an office
 * (金水区政府办公室) form. Denied means 401 without a login, 403 for the wrong role, 404 for another department's
 * form or a report that is not disclosed; a denied step changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class AccessMatrixTest {

    /** Everyone who might call, as the test directory has them. */
    enum Who {
        ANONYMOUS(null), OFFICE_DRAFTER(TestDirectory.OFFICE_DRAFTER), OFFICE_REVIEWER(TestDirectory.OFFICE_REVIEWER),
        EDUCATION_DRAFTER(TestDirectory.EDUCATION_DRAFTER), EDUCATION_REVIEWER(TestDirectory.EDUCATION_REVIEWER),
        FINANCE_REVIEWER(TestDirectory.FINANCE_REVIEWER), ADMIN(TestDirectory.ADMIN);

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /** A request built afresh for each caller. */
    interface Request {
        MockHttpServletRequestBuilder get() throws Exception;
    }

    private static final Set<Who> EVERYONE_LOGGED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Who> OFFICE_READERS = EnumSet.of(OFFICE_DRAFTER, OFFICE_REVIEWER, FINANCE_REVIEWER, ADMIN);

    @Autowired
    MockMvc mvc;


    @Test
    void anEvaluationIsReadByItsDepartmentItsBureauAndAdministratorsOnly() throws Exception {
        long id = imported();
        for (String path : new String[] {"", "/export", "/score", "/pdf", "/actions", "/timeline", "/score-history",
                "/rectification-items"}) {
            matrix(() -> get("/api/evaluations/" + id + path), OFFICE_READERS, 404);
        }
        matrix(() -> get("/api/evaluations"), EVERYONE_LOGGED_IN, 0);
        assertThat(body(get("/api/evaluations"), EDUCATION_DRAFTER)).doesNotContain("\"id\":" + id + ",");
        for (String path : new String[] {"/api/inbox", "/api/notifications", "/api/notifications/unread-count",
                "/api/deadlines", "/api/me"}) {
            matrix(() -> get(path), EVERYONE_LOGGED_IN, 0);
        }
        matrix(() -> get("/api/public/reports"), EnumSet.allOf(Who.class), 0);
        Request foreignImport = () -> json(post("/api/evaluations/import"), Forms.submittableProject(2025, "代填"));
        denied(foreignImport, ANONYMOUS, EDUCATION_REVIEWER, OFFICE_REVIEWER, FINANCE_REVIEWER);
        // a drafter may import, but only their own department's form: refused at the field that says whose it is
        assertThat(status(foreignImport.get(), EDUCATION_DRAFTER)).isEqualTo(400);
        assertThat(body(foreignImport.get(), EDUCATION_DRAFTER)).contains("\"pointer\":\"/department\"");
    }

    @Test
    void administrationIsForAdministratorsOnly() throws Exception {
        matrix(() -> get("/api/admin/users"), EnumSet.of(ADMIN), 403);
        matrix(() -> get("/api/admin/users/audit"), EnumSet.of(ADMIN), 403);
        matrix(() -> get("/api/admin/users/" + TestDirectory.OFFICE_DRAFTER), EnumSet.of(ADMIN), 403);
        String deadlines = body(get("/api/deadlines"), ADMIN);
        int version = JsonMapper.builder().build().readTree(deadlines).get(4).get("version").intValue();
        matrix(() -> json(put("/api/deadlines/PUBLICATION"), "{\"daysAllowed\": 5, \"workingDays\": true, "
                + "\"remindBeforeDays\": 1, \"escalateTo\": \"ADMIN\", \"version\": " + version + "}"),
                EnumSet.of(ADMIN), 403);
    }

    @Test
    void eachStepIsForItsRoleAndDepartmentAtItsStageAndAReportIsPublicOnlyOnceDisclosed() throws Exception {
        long id = imported();
        String steps = "/api/evaluations/" + id + "/";

        // drafting: only the office's drafters edit and submit; nobody approves, a finance reviewer cannot edit
        denied(() -> edit(id), OFFICE_REVIEWER, EDUCATION_DRAFTER, EDUCATION_REVIEWER, FINANCE_REVIEWER, ADMIN);
        assertThat(status(edit(id), OFFICE_DRAFTER)).isEqualTo(200);
        for (String step : new String[] {"approve", "return", "send-back", "publish", "resubmit"}) {
            denied(() -> step(steps + step), Who.values());
        }
        denied(() -> step(steps + "submit"), OFFICE_REVIEWER, EDUCATION_DRAFTER, EDUCATION_REVIEWER,
                FINANCE_REVIEWER, ADMIN);
        for (String step : new String[] {"claim", "unclaim", "withdraw"}) {
            denied(() -> step(steps + step), ANONYMOUS, OFFICE_REVIEWER, EDUCATION_DRAFTER, EDUCATION_REVIEWER,
                    FINANCE_REVIEWER, ADMIN);
        }
        denied(() -> json(post(steps + "transfer"), "{\"username\": \"" + TestDirectory.EDUCATION_DRAFTER + "\"}"),
                ANONYMOUS, OFFICE_REVIEWER, EDUCATION_DRAFTER, EDUCATION_REVIEWER, FINANCE_REVIEWER, ADMIN);
        assertThat(status(json(post(steps + "transfer"), "{\"username\": \"" + TestDirectory.EDUCATION_DRAFTER
                + "\"}"), OFFICE_DRAFTER)).as("no transfer to another department").isIn(400, 403, 409);
        assertThat(status(step(steps + "submit"), OFFICE_DRAFTER)).isEqualTo(200);

        // internal review: only the office's reviewers; the drafter may not approve nor edit any more
        denied(() -> step(steps + "approve"), OFFICE_DRAFTER, EDUCATION_DRAFTER, EDUCATION_REVIEWER,
                FINANCE_REVIEWER, ADMIN);
        assertThat(status(edit(id), OFFICE_DRAFTER)).isEqualTo(409);
        assertThat(status(step(steps + "approve"), OFFICE_REVIEWER)).isEqualTo(200);

        // finance check: only the bureau's finance reviewers
        denied(() -> step(steps + "approve"), OFFICE_DRAFTER, OFFICE_REVIEWER, EDUCATION_DRAFTER,
                EDUCATION_REVIEWER, ADMIN);
        denied(() -> step(steps + "send-back"), OFFICE_DRAFTER, OFFICE_REVIEWER, EDUCATION_REVIEWER, ADMIN);
        assertThat(status(json(post(steps + "send-back"), "{\"reason\": \"请整改\", \"items\": [{\"indicatorRow\": 7,"
                + " \"request\": \"说明结转结余率\"}]}"), FINANCE_REVIEWER)).isEqualTo(200);

        // rectification: only the office's drafters answer and resubmit
        String items = body(get(steps + "rectification-items"), OFFICE_DRAFTER);
        long item = JsonMapper.builder().build().readTree(items).get(0).get("id").longValue();
        String answer = "{\"answers\": [{\"itemId\": " + item + ", \"answer\": \"已补充说明\"}]}";
        denied(() -> json(post(steps + "resubmit"), answer), OFFICE_REVIEWER, EDUCATION_DRAFTER, FINANCE_REVIEWER,
                ADMIN);
        assertThat(status(json(post(steps + "resubmit"), answer), OFFICE_DRAFTER)).isEqualTo(200);
        assertThat(status(step(steps + "approve"), OFFICE_REVIEWER)).isEqualTo(200);
        assertThat(status(step(steps + "approve"), FINANCE_REVIEWER)).isEqualTo(200);

        // publication: the office's reviewers confirm; until then nobody, logged in or not, sees it in public
        matrix(() -> get("/api/public/reports/" + id), EnumSet.noneOf(Who.class), 404);
        matrix(() -> get("/api/public/reports/" + id + ".pdf"), EnumSet.noneOf(Who.class), 404);
        denied(() -> step(steps + "publish"), OFFICE_DRAFTER, EDUCATION_DRAFTER, EDUCATION_REVIEWER,
                FINANCE_REVIEWER, ADMIN);
        assertThat(status(step(steps + "publish"), OFFICE_REVIEWER)).isEqualTo(200);
        matrix(() -> get("/api/public/reports/" + id), EnumSet.allOf(Who.class), 0);
        matrix(() -> get("/api/public/reports/" + id + ".pdf"), EnumSet.allOf(Who.class), 0);
        assertThat(body(get("/api/public/reports"), ANONYMOUS)).contains("郑州市金水区人民政府办公室");
    }

    /** Every caller: the allowed ones succeed (2xx), anonymous gets 401, the others {@code deniedStatus}. */
    private void matrix(Request request, Set<Who> allowed, int deniedStatus)
            throws Exception {
        for (Who who : Who.values()) {
            int status = status(request.get(), who);
            if (allowed.contains(who)) {
                assertThat(status).as(who + " is allowed " + describe(request)).isBetween(200, 299);
            } else if (who == ANONYMOUS && !describe(request).contains(" /api/public/")) {
                assertThat(status).as("anonymous " + describe(request)).isEqualTo(401);
            } else {
                assertThat(status).as(who + " is denied " + describe(request)).isEqualTo(deniedStatus);
            }
        }
    }

    /**
     * Each of {@code who} is refused (401 without a login, 404 from another department, else 403 or, at the wrong
     * stage, 409) and nothing moves.
     */
    private void denied(Request request, Who... who) throws Exception {
        for (Who caller : who) {
            int status = status(request.get(), caller);
            assertThat(status).as(caller + " " + describe(request))
                    .isIn(caller == ANONYMOUS ? Set.of(401) : Set.of(403, 404, 409));
        }
    }

    private static String describe(Request request) throws Exception {
        var built = request.get().buildRequest(new org.springframework.mock.web.MockServletContext());
        return built.getMethod() + " " + built.getRequestURI();
    }

    private long imported() throws Exception {
        String body = mvc.perform(post("/api/evaluations/import").with(httpBasic(TestDirectory.OFFICE_DRAFTER,
                        TestDirectory.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(Forms.submittableProject(2024, "矩阵" + System.nanoTime()).getBytes(StandardCharsets.UTF_8)))
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("id").longValue();
    }

    private MockHttpServletRequestBuilder edit(long id) throws Exception {
        MockHttpServletResponse current = mvc.perform(get("/api/evaluations/" + id)
                .with(httpBasic(TestDirectory.ADMIN, TestDirectory.PASSWORD))).andReturn().getResponse();
        String form = mvc.perform(get("/api/evaluations/" + id + "/export")
                .with(httpBasic(TestDirectory.ADMIN, TestDirectory.PASSWORD))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json(put("/api/evaluations/" + id), form).header("If-Match", current.getHeader("ETag"));
    }

    private static MockHttpServletRequestBuilder step(String path) {
        return json(post(path), "{\"reason\": \"理由\", \"remark\": \"意见\", \"items\": [{\"indicatorRow\": 1, "
                + "\"request\": \"请说明\"}], \"answers\": []}");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    }

    private int status(MockHttpServletRequestBuilder request, Who who) throws Exception {
        return response(request, who).getStatus();
    }

    private String body(MockHttpServletRequestBuilder request, Who who) throws Exception {
        return response(request, who).getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request, Who who) throws Exception {
        if (who.username != null) {
            request.with(httpBasic(who.username, TestDirectory.PASSWORD));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
