package org.perfeval.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
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

import org.junit.jupiter.api.Test;
import org.perfeval.core.account.audit.AccountAction;
import org.perfeval.core.account.audit.AccountAuditView;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Local user administration over REST: every change audited, refusals named by field, only for administrators. */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class AccountAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;

    /** A state-changing call as a script sends it: a JSON body, which no cross-site form can send. */
    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_JSON).content("{}");
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, PASSWORD));
    }

    @Test
    void anAdministratorCreatesAUserGrantsRevokesDisablesAndEveryChangeIsAuditedUnderTheOneFormOfTheName() throws Exception {
        mvc.perform(asAdmin(post("/api/admin/users")).contentType(MediaType.APPLICATION_JSON).content("""
                {"username":"liu.yang","displayName":"刘洋","email":"liu.yang@example.cn","password":"Initial-2026",
                 "departmentCode":"JSJY","roles":["DRAFTER"]}""".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.displayName").value("刘洋"))
                .andExpect(jsonPath("$.departmentName").value("郑州市金水区教育局"));
        mvc.perform(get("/api/me").with(httpBasic("liu.yang", "Initial-2026"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("DRAFTER"));

        mvc.perform(asAdmin(json(put("/api/admin/users/LIU.YANG/roles/dept-reviewer")))).andExpect(status().isOk());
        mvc.perform(asAdmin(json(delete("/api/admin/users/liu.yang/roles/drafter")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0]").value("DEPT_REVIEWER"));
        mvc.perform(asAdmin(json(post("/api/admin/users/Liu.Yang/disable")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/me").with(httpBasic("liu.yang", "Initial-2026"))).andExpect(status().isUnauthorized());
        mvc.perform(asAdmin(json(post("/api/admin/users/liu.yang/enable")))).andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic("liu.yang", "Initial-2026"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("DEPT_REVIEWER"));

        mvc.perform(asAdmin(get("/api/admin/users/audit").param("username", "liu.yang")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action").value(contains(
                        "ENABLE", "DISABLE", "REVOKE", "GRANT", "CREATE")))
                .andExpect(jsonPath("$[*].actor").value(everyItem(
                        is(ADMIN))))
                .andExpect(jsonPath("$[0].directory").value("local"));
    }

    @Test
    void aRefusedUserNamesEveryBadFieldAndStoresNothing() throws Exception {
        mvc.perform(asAdmin(post("/api/admin/users")).contentType(MediaType.APPLICATION_JSON).content("""
                {"username":"Bad Name","displayName":"","email":"not-mail","password":"short",
                 "departmentCode":"JSJY","roles":["FINANCE_REVIEWER"]}""".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer").value(containsInAnyOrder(
                        "/username", "/displayName", "/email", "/password", "/departmentCode")))
                .andExpect(jsonPath("$.errors[?(@.pointer=='/departmentCode')].messageZh")
                        .value("财政审核人须属于财政局"));
        mvc.perform(asAdmin(post("/api/admin/users")).contentType(MediaType.APPLICATION_JSON).content("""
                {"username":"office.drafter","displayName":"重名","password":"Initial-2026","departmentCode":"XX",
                 "roles":["DRAFTER"]}""".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/departmentCode"));
        mvc.perform(asAdmin(json(put("/api/admin/users/office.drafter/roles/finance-reviewer"))))
                .andExpect(status().isBadRequest());
        mvc.perform(asAdmin(json(put("/api/admin/users/nobody.here/roles/drafter")))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No user nobody.here"));
        mvc.perform(asAdmin(json(put("/api/admin/users/office.drafter/roles/owner")))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/roles"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "no role owner (drafter, dept-reviewer, finance-reviewer, admin)"));

        assertThat(SystemUser.call(() -> accounts.find("bad name"))).isEmpty();
        assertThat(SystemUser.call(() -> accounts.find(OFFICE_DRAFTER)).orElseThrow().displayName())
                .isEqualTo("王填报");
        assertThat(SystemUser.call(() -> accounts.auditTrail(OFFICE_DRAFTER)))
                .extracting(AccountAuditView::action).containsOnly(AccountAction.CREATE);
    }

    @Test
    void onlyAdministratorsReadAnAccountsDetails() throws Exception {
        mvc.perform(get("/api/admin/users/" + ADMIN).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/users/" + ADMIN)).andExpect(status().isUnauthorized());
        mvc.perform(asAdmin(get("/api/admin/users/" + OFFICE_DRAFTER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(OFFICE_DRAFTER));
        mvc.perform(get("/api/me").with(httpBasic(OFFICE_DRAFTER, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(OFFICE_DRAFTER));
    }

    @Test
    void onlyAdministratorsManageUsersAndNoneCanLockThemselvesOut() throws Exception {
        mvc.perform(get("/api/admin/users").with(httpBasic(OFFICE_DRAFTER, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/admin/users/" + OFFICE_DRAFTER + "/roles/admin")).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/admin/users/" + ADMIN + "/disable")).with(httpBasic(OFFICE_DRAFTER, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/users")).andExpect(status().isUnauthorized());

        mvc.perform(asAdmin(json(post("/api/admin/users/" + ADMIN + "/disable")))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].messageZh").value("管理员不能停用自己的账号"));
        mvc.perform(asAdmin(json(delete("/api/admin/users/" + ADMIN + "/roles/admin")))).andExpect(status().isBadRequest());
        assertThat(SystemUser.call(() -> accounts.find(OFFICE_DRAFTER)).orElseThrow().roles())
                .doesNotContain(Role.ADMIN);
        assertThat(SystemUser.call(() -> accounts.find(ADMIN)).orElseThrow().enabled()).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockANameEvenAgainstTheRightPasswordAndLeaveOthersAlone() throws Exception {
        SystemUser.run(() -> {
            if (accounts.find("guessed.user").isEmpty()) {
                accounts.create(new NewAccount("guessed.user", "被猜者", null, PASSWORD, TestDirectory.OFFICE,
                        Set.of(Role.DRAFTER)));
            }
        });
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/me").with(httpBasic("guessed.user", "wrong-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/me").with(httpBasic("guessed.user", PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(OFFICE_DRAFTER, PASSWORD))).andExpect(status().isOk());
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/api/me").with(httpBasic("no.such.user", "wrong-" + i)))
                    .andExpect(status().isUnauthorized());
        }
    }
}
