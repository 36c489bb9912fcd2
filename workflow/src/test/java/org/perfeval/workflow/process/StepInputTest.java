package org.perfeval.workflow.process;

import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/**
 * A finance decision with a field the process cannot take is refused as a bad request naming the field, and the
 * form stays where it was, with nothing of the refused step stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class StepInputTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anApprovalRemarkOverItsLimitNamesTheRemark() throws Exception {
        long id = atFinanceCheck();
        String remark = "意".repeat(WorkflowService.MAX_REASON + 1);

        step(id, "approve", "{\"remark\": \"" + remark + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", Matchers.contains("/remark")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("4000")));

        assertNothingMoved(id);
    }

    @Test
    void aSendBackItemCodeOverItsLimitNamesThatItemsCode() throws Exception {
        long id = atFinanceCheck();
        String code = "C".repeat(65);

        step(id, "send-back", "{\"reason\": \"请整改\", \"items\": [{\"indicatorRow\": 0, \"request\": \"说明\"}, "
                + "{\"findingCode\": \"" + code + "\", \"request\": \"说明\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", Matchers.contains("/items/1/findingCode")));

        assertNothingMoved(id);
    }

    @Test
    void aSendBackWithAnEmptyItemNamesTheItem() throws Exception {
        long id = atFinanceCheck();

        step(id, "send-back", "{\"reason\": \"请整改\", \"items\": [null]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", Matchers.contains("/items/0")))
                .andExpect(jsonPath("$.errors[0].messageZh", Matchers.containsString("整改事项为空")));

        assertNothingMoved(id);
    }

    private long atFinanceCheck() throws Exception {
        String body = mvc.perform(post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Forms.submittable().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonMapper.builder().build().readTree(body).get("id").longValue();
        mvc.perform(post("/api/evaluations/{id}/submit", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        mvc.perform(post("/api/evaluations/{id}/approve", id).with(httpBasic(OFFICE_REVIEWER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        return id;
    }

    private ResultActions step(long id, String step, String body) throws Exception {
        return mvc.perform(post("/api/evaluations/{id}/" + step, id).with(httpBasic(FINANCE_REVIEWER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertNothingMoved(long id) throws Exception {
        mvc.perform(get("/api/evaluations/{id}", id).with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINANCE_CHECK"));
        mvc.perform(get("/api/evaluations/{id}/timeline", id).with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(jsonPath("$[*].action", Matchers.contains("SUBMIT", "APPROVE")));
        mvc.perform(get("/api/evaluations/{id}/rectification-items", id).with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }
}
