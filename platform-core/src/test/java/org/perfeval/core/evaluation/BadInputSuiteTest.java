package org.perfeval.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.scoring.document.json.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/**
 * At least 300 hostile bodies against import and update: every one answers 4xx, a 400 names the field at fault, none
 * answers 5xx, and the stored form is exactly as before afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class BadInputSuiteTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SelfEvaluationRepository repository;

    private long id;
    private String stored;

    private void storeTheSeed() throws Exception {
        repository.deleteAll();
        MockHttpServletResponse created = mvc.perform(post("/api/evaluations/import")
                .with(httpBasic(OFFICE_DRAFTER, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(Samples.jinshui2021Json().getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        id = ApiHardeningTest.JSON.readTree(created.getContentAsString()).get("id").longValue();
        stored = export();
    }

    private String export() throws Exception {
        return mvc.perform(get("/api/evaluations/{id}/export", id).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyHostileBodyIsRefusedWithItsFieldNamedAndNothingChanges() throws Exception {
        storeTheSeed();
        List<BadInputs.Case> cases = BadInputs.all();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        List<String> wrong = new ArrayList<>();
        for (BadInputs.Case bad : cases) {
            check(bad, "import", post("/api/evaluations/import"), wrong);
            check(bad, "update", put("/api/evaluations/{id}", id).header("If-Match", "\"0\""), wrong);
        }
        assertThat(wrong).as("bodies answered wrongly").isEmpty();
        assertThat(repository.count()).isOne();
        assertThat(export()).isEqualTo(stored);
    }

    private void check(BadInputs.Case bad, String call, MockHttpServletRequestBuilder request, List<String> wrong)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic(OFFICE_DRAFTER, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(bad.body())).andReturn().getResponse();
        int status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (status < 400 || status >= 500) {
            wrong.add(call + " " + bad + ": " + status + " " + abbreviate(body));
            return;
        }
        if (status != 400) {
            return;
        }
        JsonNode errors = ApiHardeningTest.JSON.readTree(body).get("errors");
        boolean named = errors != null && !errors.isEmpty();
        boolean atField = named && errors.valueStream().anyMatch(error -> error.get("pointer") != null
                && error.get("message") != null && error.get("pointer").stringValue().startsWith(bad.pointer()));
        if (!atField) {
            wrong.add(call + " " + bad + ": expected " + bad.pointer() + " named, got " + abbreviate(body));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
