package org.perfeval.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flowable.task.api.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two finance decisions on the same task: one is taken, the other is refused with a conflict that says why, in the
 * caller's language, and only the one taken is recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class FinanceRaceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessTasks tasks;

    @Test
    void ofTwoConcurrentApprovalsOneIsTakenAndTheOtherIsAConflictWithAMessage() throws Exception {
        long id = atFinanceCheck();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return approveInChinese(id);
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            responses.sort(Comparator.comparingInt(MockHttpServletResponse::getStatus));

            assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactly(200, 409);
            JsonNode refusal = JSON.readTree(responses.get(1).getContentAsString(StandardCharsets.UTF_8));
            assertThat(refusal.get("status").intValue()).isEqualTo(409);
            assertThat(refusal.get("detail").stringValue()).containsPattern("\\p{IsHan}");
        } finally {
            pool.shutdownNow();
        }
        assertOneFinanceApproval(id);
    }

    @Test
    void aStepOnATaskCompletedMeanwhileIsRefusedAsAConflictAndNotRecorded() throws Exception {
        long id = atFinanceCheck();
        Task seenBeforehand = tasks.active(id).orElseThrow();

        assertThat(approveInChinese(id).getStatus()).isEqualTo(200);
        assertThatThrownBy(() -> tasks.complete(seenBeforehand, FINANCE_REVIEWER, Map.of()))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, refused -> {
                    assertThat(refused.kind().status().value()).isEqualTo(409);
                    assertThat(refused.text().key()).isEqualTo("workflow.process.concurrent");
                });

        MockHttpServletResponse late = approveInChinese(id);
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(JSON.readTree(late.getContentAsString(StandardCharsets.UTF_8)).get("detail").stringValue())
                .containsPattern("\\p{IsHan}");
        assertOneFinanceApproval(id);
    }

    private MockHttpServletResponse approveInChinese(long id) throws Exception {
        return mvc.perform(post("/api/evaluations/{id}/approve", id).with(httpBasic(FINANCE_REVIEWER, PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content("{\"remark\": \"同意\"}".getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    private long atFinanceCheck() throws Exception {
        String body = mvc.perform(post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Forms.submittable().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(body).get("id").longValue();
        mvc.perform(post("/api/evaluations/{id}/submit", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        mvc.perform(post("/api/evaluations/{id}/approve", id).with(httpBasic(OFFICE_REVIEWER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        return id;
    }

    private void assertOneFinanceApproval(long id) throws Exception {
        mvc.perform(get("/api/evaluations/{id}", id).with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLICATION"));
        mvc.perform(get("/api/evaluations/{id}/timeline", id).with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(jsonPath("$[*].action", Matchers.contains("SUBMIT", "APPROVE", "APPROVE")));
    }
}
