package org.perfeval.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.persistence.EntityManagerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list of forms in pages read from the figures stored with each form: as many SQL statements for fifty forms as
 * for one, the figures those the scorer gives, sorted and paged as asked, only what the caller may read.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@WithTestDirectory
class EvaluationListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private final JsonMapper json = JsonMapper.builder().build();

    private List<Long> importProjects(int year, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String project = "列表项目" + year + "-" + i;
            ids.add(TestDirectory.as(users, OFFICE_DRAFTER,
                    () -> evaluations.importJson(Forms.submittableProject(year, project))).id());
        }
        return ids;
    }

    /** The SQL statements one call prepares, logging in included. */
    private long statements(MockHttpServletRequestBuilder request) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(request).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    private static MockHttpServletRequestBuilder list(String user, String query) {
        return get("/api/evaluations" + query).with(httpBasic(user, PASSWORD));
    }

    @Test
    void fiftyFormsTakeAsManyStatementsAsOne() throws Exception {
        importProjects(2041, 1);
        String page = "?page=0&size=50";
        // the first call of each user checks the password in full; later ones find it remembered
        statements(list(OFFICE_DRAFTER, page));
        statements(list(FINANCE_REVIEWER, ""));
        long one = statements(list(OFFICE_DRAFTER, page));
        long oneAll = statements(list(FINANCE_REVIEWER, ""));
        importProjects(2042, 49);
        long fifty = statements(list(OFFICE_DRAFTER, page));
        long fiftyAll = statements(list(FINANCE_REVIEWER, ""));

        assertThat(fifty).as("statements of a page of 50 against a page of 1").isEqualTo(one).isPositive();
        assertThat(fiftyAll).as("statements of the whole list as an array").isEqualTo(oneAll);
        mvc.perform(list(OFFICE_DRAFTER, "?page=0&size=50")).andExpect(jsonPath("$.items.length()").value(50));
    }

    @Test
    void aPageCarriesItsItemsAndTheTotalsInTheOrderAsked() throws Exception {
        List<Long> ids = importProjects(2043, 5);
        JsonNode first = json.readTree(mvc.perform(list(OFFICE_DRAFTER, "?page=0&size=2&sort=year,desc&sort=id,asc"))
                .andReturn().getResponse().getContentAsString());
        assertThat(first.get("size").intValue()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(2);
        long total = first.get("totalItems").longValue();
        assertThat(total).isGreaterThanOrEqualTo(5);
        assertThat(first.get("totalPages").intValue()).isEqualTo((int) ((total + 1) / 2));
        List<Long> newest = new ArrayList<>();
        for (int page = 0; newest.size() < 5 && page < 100; page++) {
            JsonNode answer = json.readTree(mvc.perform(list(OFFICE_DRAFTER, "?size=2&sort=year,desc&sort=id&page="
                    + page)).andReturn().getResponse().getContentAsString());
            answer.get("items").forEach(item -> {
                if (item.get("year").intValue() == 2043) {
                    newest.add(item.get("id").longValue());
                }
            });
        }
        assertThat(newest).as("the year's forms page after page, in id order").containsExactlyElementsOf(ids);
    }

    @Test
    void theStoredFiguresAreThoseTheScorerGives() throws Exception {
        long id = TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.importJson(Forms.withErrorsProject(
                "有错误的项目"))).id();
        EvaluationSummary scored = TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.summary(id));
        EvaluationSummary listed = TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.visible()).stream()
                .filter(summary -> summary.id() == id).findFirst().orElseThrow();

        assertThat(listed.errorCount()).isEqualTo(scored.errorCount()).isPositive();
        assertThat(listed.computedTotal()).isEqualByComparingTo(scored.computedTotal());
        assertThat(listed.computedGrade()).isEqualTo(scored.computedGrade());
        assertThat(listed.version()).isEqualTo(scored.version());
        assertThat(listed.departmentName()).isEqualTo(scored.departmentName());
    }

    @Test
    void aPageShowsOnlyWhatTheCallerMayRead() throws Exception {
        importProjects(2044, 1);
        mvc.perform(list(EDUCATION_DRAFTER, "?page=0")).andExpect(jsonPath("$.totalItems").value(0))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(list(FINANCE_REVIEWER, "?page=0&size=200")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.year == 2044)].departmentCode").value(TestDirectory.OFFICE));
    }

    @Test
    void aPageTooLargeOrAnUnknownSortIsRefusedByName() throws Exception {
        mvc.perform(list(OFFICE_DRAFTER, "?size=201").header("Accept-Language", "zh")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/size"));
        mvc.perform(list(OFFICE_DRAFTER, "?page=-1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/page"));
        mvc.perform(list(OFFICE_DRAFTER, "?page=0&sort=password")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/sort"));
    }
}
