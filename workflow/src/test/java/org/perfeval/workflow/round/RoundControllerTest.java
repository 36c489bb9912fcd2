package org.perfeval.workflow.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.EDUCATION;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_NAME;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rounds over HTTP on a database of their own (no template yet at the first test): opened whole or not at all,
 * pre-filled from last year or the template, due on the round's day, refused for drafters and duplicates.
 */
@SpringBootTest(properties = "perfeval.test.context=rounds")
@AutoConfigureMockMvc
@WithTestDirectory
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoundControllerTest {

    private static final String DUE = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3).toString();

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int importedYear() throws Exception {
        return body(mvc.perform(post("/api/evaluations/import").with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Forms.submittable().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())).get("year").intValue();
    }

    private ResultActions open(String user, int year, String departments) throws Exception {
        String request = "{\"year\": " + year + ", \"kind\": \"DEPARTMENT_OVERALL\", \"departments\": [" + departments
                + "], \"dueDate\": \"" + DUE + "\"}";
        return mvc.perform(post("/api/rounds").with(httpBasic(user, PASSWORD)).header("Accept-Language", "zh")
                .contentType(MediaType.APPLICATION_JSON).content(request.getBytes(StandardCharsets.UTF_8)));
    }

    private boolean hasForm(String user, int year) throws Exception {
        JsonNode list = body(mvc.perform(get("/api/evaluations").with(httpBasic(user, PASSWORD))));
        for (JsonNode form : list) {
            if (form.get("year").intValue() == year && "DEPARTMENT_OVERALL".equals(form.get("kind").stringValue())) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Order(1)
    void aRoundThatCannotStartOneDepartmentOpensForNone() throws Exception {
        int year = importedYear() + 1;
        // the office has last year's form; the education bureau has neither a form nor a template to start from
        open(FINANCE_REVIEWER, year, "\"" + OFFICE + "\", \"" + EDUCATION + "\"").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("没有部门整体自评的指标库模板，" + EDUCATION_NAME + "也没有 "
                        + (year - 1) + " 年度的自评表可沿用，本次未发起。"));

        assertThat(hasForm(OFFICE_DRAFTER, year)).as("the office's draft, created before the failure").isFalse();
        mvc.perform(get("/api/rounds").with(httpBasic(FINANCE_REVIEWER, PASSWORD))).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/inbox").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(jsonPath("$[?(@.year == " + year + ")]", hasSize(0)));
    }

    @Test
    @Order(2)
    void financeOpensARoundPrefilledFromLastYearOrTheTemplate() throws Exception {
        mvc.perform(put("/api/admin/templates/DEPARTMENT_OVERALL").with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(Forms.submittable().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isNoContent());
        int year = importedYear() + 1;
        JsonNode previous = json.readTree(Forms.submittable());

        JsonNode round = body(open(FINANCE_REVIEWER, year, "\"" + OFFICE + "\", \"" + EDUCATION + "\"")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.evaluations", hasSize(2)))
                .andExpect(jsonPath("$.evaluations[0].department").value(OFFICE))
                .andExpect(jsonPath("$.evaluations[1].department").value(EDUCATION))
                .andExpect(jsonPath("$.evaluations[0].stage").value("DRAFTING"))
                .andExpect(jsonPath("$.evaluations[1].stage").value("DRAFTING")));
        long office = round.get("evaluations").get(0).get("evaluationId").longValue();
        long education = round.get("evaluations").get(1).get("evaluationId").longValue();

        JsonNode draft = body(mvc.perform(get("/api/evaluations/{id}/export", office)
                .with(httpBasic(OFFICE_DRAFTER, PASSWORD))).andExpect(status().isOk()));
        assertThat(draft.get("year").intValue()).isEqualTo(year);
        assertThat(draft.get("indicators")).hasSize(previous.get("indicators").size());
        JsonNode row = draft.get("indicators").get(0);
        assertThat(row.get("weight").decimalValue()).isEqualByComparingTo(
                previous.get("indicators").get(0).get("weight").decimalValue());
        assertThat(row.get("target").stringValue()).isEqualTo(previous.get("indicators").get(0).get("target")
                .stringValue());
        assertThat(row.path("actual").isMissingNode() || row.get("actual").isNull()).as("actual cleared").isTrue();
        assertThat(draft.path("report").isMissingNode() || draft.get("report").isEmpty()).as("report cleared")
                .isTrue();

        JsonNode educationDraft = body(mvc.perform(get("/api/evaluations/{id}/export", education)
                .with(httpBasic(EDUCATION_DRAFTER, PASSWORD))).andExpect(status().isOk()));
        assertThat(educationDraft.get("department").stringValue()).isEqualTo(EDUCATION_NAME);
        assertThat(educationDraft.get("indicators")).hasSize(previous.get("indicators").size());

        JsonNode inbox = body(mvc.perform(get("/api/inbox").with(httpBasic(EDUCATION_DRAFTER, PASSWORD))));
        JsonNode task = null;
        for (JsonNode item : inbox) {
            if (item.get("evaluationId").longValue() == education) {
                task = item;
            }
        }
        assertThat(task).as("the education drafter's task").isNotNull();
        assertThat(Instant.parse(task.get("dueDate").stringValue()).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .isEqualTo(LocalDate.parse(DUE));

        mvc.perform(get("/api/rounds/{id}", round.get("id").longValue()).with(httpBasic(FINANCE_REVIEWER, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.evaluations", hasSize(2)))
                .andExpect(jsonPath("$.evaluations[1].evaluationId").value(education))
                .andExpect(jsonPath("$.evaluations[1].computedTotal").isNumber())
                .andExpect(jsonPath("$.evaluations[1].overdue").value(false));
        mvc.perform(get("/api/rounds/{id}", round.get("id").longValue()).with(httpBasic(EDUCATION_DRAFTER, PASSWORD)))
                .andExpect(jsonPath("$.evaluations", hasSize(1)))
                .andExpect(jsonPath("$.evaluations[0].department").value(EDUCATION));

        open(FINANCE_REVIEWER, year, "\"" + EDUCATION + "\"").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(EDUCATION_NAME + "已有 " + year + " 年度的部门整体自评任务。"));
    }

    @Test
    @Order(3)
    void draftersCannotOpenRounds() throws Exception {
        open(OFFICE_DRAFTER, 2040, "\"" + OFFICE + "\"").andExpect(status().isForbidden());
        assertThat(hasForm(OFFICE_DRAFTER, 2040)).isFalse();
    }

    @Test
    @Order(4)
    void aRoundNamesTheFieldAtFault() throws Exception {
        open(FINANCE_REVIEWER, 2041, "\"NOPE\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/departments/0"));
        mvc.perform(post("/api/rounds").with(httpBasic(FINANCE_REVIEWER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\": 2041, \"kind\": \"DEPARTMENT_OVERALL\","
                        + " \"dueDate\": \"2001-01-01\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/dueDate"));
    }
}
