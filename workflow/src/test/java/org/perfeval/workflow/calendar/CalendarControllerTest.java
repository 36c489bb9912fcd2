package org.perfeval.workflow.calendar;

import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The calendar over HTTP: the working-day preview, a year's entries, changes by administrators only. */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class CalendarControllerTest {

    @Autowired
    MockMvc mvc;

    private ResultActions preview(String user, String query) throws Exception {
        return mvc.perform(get("/api/calendar/add-working-days?" + query).with(httpBasic(user, PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"));
    }

    private ResultActions keep(String user, String date, String body) throws Exception {
        return mvc.perform(put("/api/calendar/{date}", date).with(httpBasic(user, PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePreviewCountsNationalDayAndTheSpringFestivalByTheOfficialCalendar() throws Exception {
        preview(ADMIN, "from=2026-09-30&days=3").andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-10-10"));
        preview(ADMIN, "from=2026-02-14&days=1").andExpect(jsonPath("$.date").value("2026-02-24"));
        preview(ADMIN, "from=2026-02-13&days=1").andExpect(jsonPath("$.date").value("2026-02-14"));
    }

    @Test
    void aBadPreviewIsA400NamingTheParameterInTheCallersLanguage() throws Exception {
        preview(ADMIN, "from=2026-13-01&days=3").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/from"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("起始日期")))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("From:")));
        preview(ADMIN, "from=2026-09-30&days=-1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/days"));
        preview(ADMIN, "from=2026-09-30").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/days"));
    }

    @Test
    void aYearsEntriesAreListedInDateOrderWithTheirChineseNames() throws Exception {
        mvc.perform(get("/api/calendar?year=2026").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(39))
                .andExpect(jsonPath("$[0].date").value("2026-01-01"))
                .andExpect(jsonPath("$[0].name").value("元旦"))
                .andExpect(jsonPath("$[38].date").value("2026-10-10"))
                .andExpect(jsonPath("$[38].kind").value("WORKDAY"));
    }

    @Test
    void financeReviewersAndDraftersMayNotChangeTheCalendar() throws Exception {
        keep(FINANCE_REVIEWER, "2026-12-30", "{\"kind\": \"HOLIDAY\", \"name\": \"假日\"}")
                .andExpect(status().isForbidden());
        keep(OFFICE_DRAFTER, "2026-12-30", "{\"kind\": \"HOLIDAY\", \"name\": \"假日\"}")
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/calendar/2026-10-01").with(httpBasic(FINANCE_REVIEWER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/calendar/changes").with(httpBasic(FINANCE_REVIEWER, PASSWORD)))
                .andExpect(status().isForbidden());
        preview(ADMIN, "from=2026-12-29&days=1").andExpect(jsonPath("$.date").value("2026-12-30"));
    }

    @Test
    void anAdministratorAddsAndRemovesADayAndBadInputNamesTheField() throws Exception {
        keep(ADMIN, "2026-12-31", "{\"kind\": \"HOLIDAY\", \"name\": \"元旦\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("元旦")).andExpect(jsonPath("$.version").value(0));
        try {
            preview(ADMIN, "from=2026-12-30&days=1").andExpect(jsonPath("$.date").value("2027-01-01"));
            keep(ADMIN, "2026-12-31", "{\"kind\": \"HOLIDAY\", \"name\": \"元旦\"}").andExpect(status().isConflict())
                    .andExpect(jsonPath("$.errors[0].pointer").value("/date"));
        } finally {
            mvc.perform(delete("/api/calendar/2026-12-31?version=0").with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNoContent());
        }
        preview(ADMIN, "from=2026-12-30&days=1").andExpect(jsonPath("$.date").value("2026-12-31"));

        keep(ADMIN, "2026-12-32", "{\"kind\": \"HOLIDAY\", \"name\": \"元旦\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/date"));
        keep(ADMIN, "2026-12-30", "{\"kind\": \"FEIERTAG\", \"name\": \"元旦\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/kind"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("类型")));
        keep(ADMIN, "2026-12-30", "{\"kind\": \"WORKDAY\", \"name\": \"调休\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/kind"));
        keep(ADMIN, "2026-12-30", "{\"kind\": \"HOLIDAY\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/name"));
        mvc.perform(delete("/api/calendar/2026-12-30").with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }
}
