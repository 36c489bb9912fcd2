package org.perfeval.core.department;

import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Departments are registered by administrators, under a finance bureau, with unique codes and names. */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class DepartmentAdministrationTest {

    @Autowired
    MockMvc mvc;

    private ResultActions register(String user, String json) throws Exception {
        return mvc.perform(post("/api/admin/departments").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAdministratorRegistersADepartmentUnderItsBureau() throws Exception {
        register(ADMIN, "{\"code\": \"JSWJ\", \"name\": \"郑州市金水区卫生健康委员会\", \"bureauCode\": \"JSCZ\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bureauName").value("郑州市金水区财政局"));
        mvc.perform(get("/api/departments").with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.hasItem("郑州市金水区卫生健康委员会")));
    }

    @Test
    void aBadOrDuplicateDepartmentIsRefusedByFieldAndOnlyAdministratorsRegister() throws Exception {
        register(ADMIN, "{\"code\": \"JS ZF!\", \"name\": \"x\", \"bureauCode\": \"JSCZ\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].pointer").value("/code"));
        register(ADMIN, "{\"code\": \"JSZF\", \"name\": \"重复\", \"bureauCode\": \"JSCZ\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].pointer").value("/code"));
        register(ADMIN, "{\"code\": \"JSX1\", \"name\": \"郑州市金水区教育局\", \"bureauCode\": \"JSCZ\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].pointer").value("/name"));
        register(ADMIN, "{\"code\": \"JSX2\", \"name\": \"某局\", \"bureauCode\": \"JSZF\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].pointer").value("/bureauCode"));
        register(OFFICE_DRAFTER, "{\"code\": \"JSX3\", \"name\": \"某局\", \"bureauCode\": \"JSCZ\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/departments")).andExpect(status().isUnauthorized());
    }
}
