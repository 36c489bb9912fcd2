package org.perfeval.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.form.ColumnLimits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text at its limit counted as people count it: 50 emoji fit a unit of 50 characters on every store, 51 are refused
 * with the limit named, on import and on update alike.
 */
abstract class EmojiLimitsContract {

    private static final String EMOJI = "😀";

    @Autowired
    MockMvc mvc;
    @Autowired
    SelfEvaluationRepository repository;

    @BeforeEach
    void clean() {
        repository.deleteAll();
    }

    private static String withUnit(String unit, String task) {
        ObjectNode form = ApiHardeningTest.seed();
        ((ObjectNode) form.withArray("indicators").get(0)).put("unit", unit);
        ((ObjectNode) form.withArray("tasks").get(0)).put("name", task);
        return ApiHardeningTest.JSON.writeValueAsString(form);
    }

    @Test
    void fiftyEmojiFitAUnitOfFiftyAndFiftyOneAreRefusedTruthfully() throws Exception {
        String fits = EMOJI.repeat(ColumnLimits.UNIT);
        String cjk = "绩".repeat(ColumnLimits.TASK_NAME);
        String body = mvc.perform(post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withUnit(fits, cjk).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ApiHardeningTest.JSON.readTree(body).get("id").longValue();
        JsonNode exported = ApiHardeningTest.JSON.readTree(mvc.perform(get("/api/evaluations/{id}/export", id)
                .with(httpBasic(OFFICE_DRAFTER, PASSWORD))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(exported.get("indicators").get(0).get("unit").stringValue()).isEqualTo(fits);
        assertThat(exported.get("tasks").get(0).get("name").stringValue()).isEqualTo(cjk);

        mvc.perform(put("/api/evaluations/{id}", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(withUnit(fits + EMOJI, cjk).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/indicators/0/unit"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("50")));
        mvc.perform(put("/api/evaluations/{id}", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(withUnit(EMOJI.repeat(ColumnLimits.UNIT - 1) + "元", cjk + "")
                                .getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
        repository.deleteAll();
        mvc.perform(post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withUnit(fits, cjk + "绩").getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/tasks/0/name"));
        assertThat(repository.count()).isZero();
    }
}
