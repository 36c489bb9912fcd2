package org.perfeval.workflow.process;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/** The workflow over HTTP, with the same checks as the services: a whole lifecycle and its refusals. */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class ProcessControllerTest {

    @Autowired
    MockMvc mvc;


    private long imported(boolean clean) throws Exception {
        String json = clean ? Forms.submittable() : Forms.withErrors();
        String body = mvc.perform(post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("id").longValue();
    }

    private ResultActions step(String user, long id, String step, String body) throws Exception {
        return mvc.perform(post("/api/evaluations/{id}/" + step, id).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFormTravelsFromDraftingToDisclosureOverHttp() throws Exception {
        long id = imported(true);
        mvc.perform(get("/api/inbox").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].evaluationId", hasItem((int) id)));

        step(OFFICE_DRAFTER, id, "submit", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$", contains("WITHDRAW")));
        step(OFFICE_REVIEWER, id, "approve", "{\"remark\": \"同意\"}").andExpect(status().isOk());
        mvc.perform(get("/api/evaluations/{id}/actions", id).with(httpBasic(FINANCE_REVIEWER, PASSWORD)))
                .andExpect(jsonPath("$", containsInAnyOrder("APPROVE", "SEND_BACK", "CLAIM", "TRANSFER")));
        step(FINANCE_REVIEWER, id, "send-back", "{\"reason\": \"请整改\", \"items\": [{\"indicatorRow\": 7, "
                + "\"request\": \"说明结转结余率\"}]}").andExpect(status().isOk());
        String items = mvc.perform(get("/api/evaluations/{id}/rectification-items", id)
                .with(httpBasic(OFFICE_DRAFTER, PASSWORD))).andReturn().getResponse().getContentAsString();
        long item = JsonMapper.builder().build().readTree(items).get(0).get("id").longValue();
        step(OFFICE_DRAFTER, id, "resubmit", "{\"answers\": [{\"itemId\": " + item + ", \"answer\": \"已说明\"}]}")
                .andExpect(status().isOk());
        step(OFFICE_REVIEWER, id, "approve", "{}").andExpect(status().isOk());
        step(FINANCE_REVIEWER, id, "approve", "{}").andExpect(status().isOk());
        step(OFFICE_REVIEWER, id, "publish", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(97.2)).andExpect(jsonPath("$.sha256").isString());

        mvc.perform(get("/api/evaluations/{id}/timeline", id).with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(jsonPath("$[*].action", contains("SUBMIT", "APPROVE", "SEND_BACK", "RESUBMIT",
                        "APPROVE", "APPROVE", "PUBLISH")));
        mvc.perform(get("/api/evaluations/{id}/score-history", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(jsonPath("$.length()").value(7));
    }

    @Test
    void aSubmissionWithErrorsIsRefusedWithTheFindingsAndStrangersAreForbidden() throws Exception {
        long id = imported(false);

        step(OFFICE_DRAFTER, id, "submit", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[*].pointer", containsInAnyOrder("/level1/2", "/level1/3")));
        step(EDUCATION_REVIEWER, id, "submit", "{}").andExpect(status().isForbidden());
        step(OFFICE_REVIEWER, id, "approve", "{}").andExpect(status().isConflict());
        mvc.perform(post("/api/evaluations/{id}/submit", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)).andExpect(status().isUnsupportedMediaType());
        mvc.perform(get("/api/evaluations/{id}/timeline", id)).andExpect(status().isUnauthorized());
    }

    @Test
    void deadlinesAreReadByAllAndChangedByAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/deadlines").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5));
        mvc.perform(put("/api/deadlines/PUBLICATION")
                        .with(httpBasic(OFFICE_REVIEWER, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"daysAllowed\": 3, \"workingDays\": true, \"remindBeforeDays\": 1, "
                                + "\"escalateTo\": \"ADMIN\", \"version\": 0}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/notifications/unread-count").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").isNumber());
    }
}
