package org.perfeval.workflow.adjudication;

import static org.hamcrest.Matchers.containsString;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/** 认定 over HTTP: the score and the total it makes, refusals naming the field in both languages, 403 and 404. */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class AdjudicationControllerTest {

    /** 办公用品采购数量, weight 6, in the seed. */
    private static final int PURCHASES = 19;

    @Autowired
    MockMvc mvc;
    @Autowired
    DepartmentService departments;
    @Autowired
    AccountService accounts;

    @BeforeEach
    void otherBureau() {
        SystemUser.run(() -> {
            if (departments.byCode("GXCZ").isEmpty()) {
                departments.registerBureau("GXCZ", "郑州市高新区财政局");
                accounts.create(new NewAccount(AdjudicationServiceTest.OTHER_BUREAU_REVIEWER, "郑财政", null,
                        PASSWORD, "GXCZ", Set.of(Role.FINANCE_REVIEWER)));
            }
        });
    }

    private long atFinanceCheck() throws Exception {
        String body = mvc.perform(post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AdjudicationServiceTest.garbled().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonMapper.builder().build().readTree(body).get("id").longValue();
        step(OFFICE_DRAFTER, id, "submit");
        step(OFFICE_REVIEWER, id, "approve");
        return id;
    }

    private void step(String user, long id, String step) throws Exception {
        mvc.perform(post("/api/evaluations/{id}/" + step, id).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
    }

    private ResultActions decide(String user, long id, int row, String body) throws Exception {
        return mvc.perform(put("/api/evaluations/{id}/adjudications/{row}", id, row).with(httpBasic(user, PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFinanceReviewerDecidesARowAndTheScoreCountsItWhileOthersAreRefused() throws Exception {
        long id = atFinanceCheck();
        mvc.perform(get("/api/evaluations/{id}/score", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(jsonPath("$.unverified").value(2));

        decide(FINANCE_REVIEWER, id, PURCHASES, "{\"score\": 9, \"reason\": \"超出分值\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/score"))
                .andExpect(jsonPath("$.errors[0].message", containsString("weight 6")))
                .andExpect(jsonPath("$.errors[0].messageZh", containsString("分值 6")));
        decide(FINANCE_REVIEWER, id, PURCHASES, "{\"score\": 1.5}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/reason"))
                .andExpect(jsonPath("$.detail", containsString("理由")));
        decide(OFFICE_DRAFTER, id, PURCHASES, "{\"score\": 1.5, \"reason\": \"自行认定\"}")
                .andExpect(status().isForbidden());
        decide(AdjudicationServiceTest.OTHER_BUREAU_REVIEWER, id, PURCHASES,
                "{\"score\": 1.5, \"reason\": \"他局认定\"}").andExpect(status().isNotFound());
        decide(FINANCE_REVIEWER, id, 0, "{\"score\": 1, \"reason\": \"按规则可评分\"}")
                .andExpect(status().isConflict());

        decide(FINANCE_REVIEWER, id, PURCHASES, "{\"score\": 1.5, \"reason\": \"佐证材料不足，酌情认定\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adjudication.reason").value("佐证材料不足，酌情认定"))
                .andExpect(jsonPath("$.total").value(92.7))
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.unverified").value(1));
        mvc.perform(get("/api/evaluations/{id}/score", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(jsonPath("$.unverified").value(1))
                .andExpect(jsonPath("$.indicators[" + PURCHASES + "].adjudicated").value(true));
        mvc.perform(get("/api/evaluations/{id}/adjudications", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(jsonPath("$[0].row").value(PURCHASES))
                .andExpect(jsonPath("$[0].indicator").value("办公用品采购数量"))
                .andExpect(jsonPath("$[0].decidedBy").value(FINANCE_REVIEWER));

        mvc.perform(delete("/api/evaluations/{id}/adjudications/{row}", id, PURCHASES)
                        .with(httpBasic(FINANCE_REVIEWER, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unverified").value(2))
                .andExpect(jsonPath("$.total").value(97.2));
        mvc.perform(get("/api/evaluations/{id}/timeline", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(jsonPath("$[-2].action").value("ADJUDICATE"))
                .andExpect(jsonPath("$[-1].action").value("WITHDRAW_ADJUDICATION"));
    }
}
