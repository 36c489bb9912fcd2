package org.perfeval.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.scoring.document.json.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP Basic logins: import, export, update, and every way a document is refused. */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class EvaluationApiTest {

    private static final String SEED = Samples.jinshui2021Json();

    @Autowired
    MockMvc mvc;
    @Autowired
    SelfEvaluationRepository repository;

    @BeforeEach
    void clean() {
        repository.deleteAll();
    }

    private static MockHttpServletRequestBuilder importAs(String user, String body) {
        return post("/api/evaluations/import").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    }

    private long importSeed() throws Exception {
        MvcResult result = mvc.perform(importAs(OFFICE_DRAFTER, SEED)).andExpect(status().isCreated()).andReturn();
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString()).get("id").longValue();
    }

    @Test
    void aDrafterImportsTheSeedAndAnyoneAllowedExportsItUnchanged() throws Exception {
        mvc.perform(importAs(OFFICE_DRAFTER, SEED))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/evaluations/")))
                .andExpect(jsonPath("$.departmentName").value("郑州市金水区人民政府办公室"))
                .andExpect(jsonPath("$.computedTotal").value(97.2))
                .andExpect(jsonPath("$.selfTotal").value(95.92));
        long id = repository.findAll().getFirst().getId();

        for (String reader : new String[]{OFFICE_DRAFTER, OFFICE_REVIEWER, FINANCE_REVIEWER}) {
            MvcResult export = mvc.perform(get("/api/evaluations/{id}/export", id).with(httpBasic(reader, PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andReturn();
            JsonMapper json = JsonMapper.builder().build();
            assertThat(json.readTree(export.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                    .isEqualTo(json.readTree(SEED));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON            | "format":                        | "format"                              | ''                      | is not well-formed JSON
            wrong type                | "year": 2021                     | "year": "2021"                        | /year                   | must be a whole number
            missing required field    | "indicators":                    | "rows":                               | /indicators             | is required
            negative amount           | "executed": 173.65,              | "executed": -173.65,                  | /budget/executed        | must not be negative
            negative weight           | "actual": "25.79", "weight": 1   | "actual": "25.79", "weight": -1       | /indicators/7/weight    | must not be negative
            unknown enum value        | "DEPARTMENT_OVERALL"             | "DEPARTMENT"                          | /kind                   | must be one of
            unknown tier              | "selfScore": 7}                  | "selfScore": 7, "tier": "MOSTLY"}     | /indicators/20/tier     | must be one of
            text longer than column   | "level3": "区域稳定度"           | "level3": "<201>"                     | /indicators/26/level3   | must be at most 200 characters
            too many decimal places   | "budget": 110,                   | "budget": 110.123456,                 | /tasks/0/budget         | must have at most 4 decimal places
            unknown department        | "郑州市金水区人民政府办公室"     | "郑州市金水区不存在局"                | /department             | names no department
            """)
    void aBadDocumentIsRefusedWithItsFieldNamedAndNothingIsStored(String name, String original, String replacement,
                                                                  String pointer, String message) throws Exception {
        String body = SEED.replaceFirst(Pattern.quote(original),
                Matcher.quoteReplacement(replacement.replace("<201>", "长".repeat(201))));
        assertThat(body).isNotEqualTo(SEED);

        mvc.perform(importAs(OFFICE_DRAFTER, body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].pointer", hasItem(pointer)))
                .andExpect(jsonPath("$.errors[?(@.pointer == '" + pointer + "')].message",
                        hasItem(containsString(message))));
        assertThat(repository.count()).isZero();
    }

    @Test
    void aRowTheRulesCannotDecideMakesTheScoreProvisionalInTheApi() throws Exception {
        String garbled = SEED.replace("\"target\": \"≥150\"", "\"target\": \"(OCR-garbled)\"");
        MvcResult imported = mvc.perform(importAs(OFFICE_DRAFTER, garbled)).andExpect(status().isCreated()).andReturn();
        long id = JsonMapper.builder().build().readTree(imported.getResponse().getContentAsString()).get("id")
                .longValue();

        mvc.perform(get("/api/evaluations/{id}/score", id).with(httpBasic(FINANCE_REVIEWER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(97.2))
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.unverified").value(1))
                .andExpect(jsonPath("$.indicators[19].unverified").value(true))
                .andExpect(jsonPath("$.indicators[19].score").value(6));
    }

    @Test
    void aDuplicateDepartmentYearAndKindIsRefused() throws Exception {
        importSeed();

        mvc.perform(importAs(OFFICE_DRAFTER, SEED))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/year"))
                .andExpect(jsonPath("$.errors[0].messageZh").value(startsWith("郑州市金水区人民政府办公室 2021")));
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void aTenMegabyteBodyIsRefusedUnreadAsTooLarge() throws Exception {
        String body = SEED.replace("\"annualGoal\"", "\"padding\": \"" + "x".repeat(10 * 1024 * 1024) + "\", \"annualGoal\"");

        mvc.perform(importAs(OFFICE_DRAFTER, body))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.errors[0].pointer").value(""))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("is larger than 1024 KiB")));
        assertThat(repository.count()).isZero();
    }

    @Test
    void aDrafterCannotImportIntoAnotherDepartment() throws Exception {
        mvc.perform(importAs(EDUCATION_DRAFTER, SEED))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/department"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("is not your department")));
        assertThat(repository.count()).isZero();
    }

    @Test
    void reviewersCannotImportAndStrangersCannotRead() throws Exception {
        mvc.perform(importAs(OFFICE_REVIEWER, SEED)).andExpect(status().isForbidden());
        long id = importSeed();

        mvc.perform(get("/api/evaluations/{id}/export", id).with(httpBasic(EDUCATION_DRAFTER, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/evaluations/{id}/export", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/evaluations/{id}/export", id).with(httpBasic(OFFICE_DRAFTER, "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/evaluations").with(httpBasic(EDUCATION_DRAFTER, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/evaluations").with(httpBasic(FINANCE_REVIEWER, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void updatesNeedTheVersionTheyWereMadeOn() throws Exception {
        long id = importSeed();
        String edited = SEED.replace("\"actual\": \"25.79\"", "\"actual\": \"18\"");

        mvc.perform(put("/api/evaluations/{id}", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(edited.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/evaluations/{id}", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(edited.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.computedTotal").value(97.42));
        mvc.perform(put("/api/evaluations/{id}", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(SEED.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.title").value("Edited concurrently"))
                .andExpect(jsonPath("$.detail").value(matchesPattern("Changed by office\\.drafter at "
                        + "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(version 1; you edited version 0\\).*")));
        mvc.perform(put("/api/evaluations/{id}", id).with(httpBasic(EDUCATION_DRAFTER, PASSWORD))
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content(SEED.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theScoreOfAStoredEvaluationIsServedWithItsFindings() throws Exception {
        long id = importSeed();

        mvc.perform(get("/api/evaluations/{id}/score", id).with(httpBasic(FINANCE_REVIEWER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(97.2))
                .andExpect(jsonPath("$.findings[*].pointer", hasItem("/indicators/7")));
    }

    @Test
    void anIfMatchNamesTheVersionWithOrWithoutQuotesAndNothingElse() throws Exception {
        long id = importSeed();

        mvc.perform(put("/api/evaluations/{id}", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .header("If-Match", "W/\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(SEED.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/evaluations/{id}", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .header("If-Match", "1").contentType(MediaType.APPLICATION_JSON)
                        .content(SEED.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        mvc.perform(put("/api/evaluations/{id}", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
                        .content(SEED.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("If-Match must be the version")));
    }

    @Test
    void refusalsAreToldInTheCallersLanguageAndFieldsInBoth() throws Exception {
        mvc.perform(get("/api/evaluations/{id}", 999_999).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No self-evaluation with id 999999"));
        mvc.perform(get("/api/evaluations/{id}", 999_999).with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有编号为 999999 的自评表"));

        mvc.perform(importAs(EDUCATION_DRAFTER, SEED).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("自评表未通过检查，未保存任何内容"))
                .andExpect(jsonPath("$.detail").value("不是您所在的部门，只能导入本部门的自评表"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("is not your department")))
                .andExpect(jsonPath("$.errors[0].messageZh").value("不是您所在的部门，只能导入本部门的自评表"));

        long id = importSeed();
        mvc.perform(get("/api/evaluations/{id}/export", id).with(httpBasic(EDUCATION_DRAFTER, PASSWORD))
                        .header("Accept-Language", "zh"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有编号为 " + id + " 的自评表"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("金水区"))));
    }
}
