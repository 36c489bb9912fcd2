package org.perfeval.core.account;

import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An API client's password is hashed once, not at every call, and what changes an account counts at its next call
 * all the same: a changed password, a disabled account, a revoked role, a name locked by wrong guesses.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class VerifiedCredentialsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    PasswordEncoder encoder;

    private void account(String username) {
        SystemUser.run(() -> accounts.create(new NewAccount(username, "接口用户", null, PASSWORD,
                TestDirectory.OFFICE, Set.of(Role.DRAFTER))));
    }

    private static MockHttpServletRequestBuilder me(String username, String password) {
        return get("/api/me").with(httpBasic(username, password));
    }

    @Test
    void aPasswordIsHashedAtTheFirstCallOnlyAndAWrongOneAtEveryCall() throws Exception {
        account("vc-repeat");
        clearInvocations(encoder);
        for (int i = 0; i < 5; i++) {
            mvc.perform(me("vc-repeat", PASSWORD)).andExpect(status().isOk());
        }
        verify(encoder, times(1)).matches(any(), any());
        mvc.perform(me("vc-repeat", "wrong")).andExpect(status().isUnauthorized());
        mvc.perform(me("vc-repeat", "wrong")).andExpect(status().isUnauthorized());
        verify(encoder, times(3)).matches(any(), any());
    }

    @Test
    void aPasswordChangedElsewhereIsRefusedAtTheNextCallAndTheNewOneAccepted() throws Exception {
        account("vc-changed");
        mvc.perform(me("vc-changed", PASSWORD)).andExpect(status().isOk());
        // another node, or an administrator's reset, writes the new hash: this node learns of it from the row only
        jdbc.update("update user_account set password_hash = ? where username = ?", encoder.encode("New-2026-新"),
                "vc-changed");
        mvc.perform(me("vc-changed", PASSWORD)).andExpect(status().isUnauthorized());
        mvc.perform(me("vc-changed", "New-2026-新")).andExpect(status().isOk());
    }

    @Test
    void anAccountDisabledByAnAdministratorIsRefusedAtTheNextCall() throws Exception {
        account("vc-disabled");
        mvc.perform(me("vc-disabled", PASSWORD)).andExpect(status().isOk());
        SystemUser.run(() -> accounts.disable("vc-disabled"));
        mvc.perform(me("vc-disabled", PASSWORD)).andExpect(status().isUnauthorized());
        SystemUser.run(() -> accounts.enable("vc-disabled"));
        mvc.perform(me("vc-disabled", PASSWORD)).andExpect(status().isOk());
    }

    @Test
    void anAccountDisabledOnAnotherNodeIsRefusedAtTheNextCallWithoutAHash() throws Exception {
        account("vc-elsewhere");
        mvc.perform(me("vc-elsewhere", PASSWORD)).andExpect(status().isOk());
        // another node's administrator: this node's remembered password is still there, the row says disabled
        jdbc.update("update user_account set enabled = false where username = ?", "vc-elsewhere");
        clearInvocations(encoder);
        mvc.perform(me("vc-elsewhere", PASSWORD)).andExpect(status().isUnauthorized());
        verify(encoder, never()).matches(any(), any());
    }

    @Test
    void aRevokedRoleIsGoneAtTheNextCall() throws Exception {
        account("vc-role");
        mvc.perform(me("vc-role", PASSWORD)).andExpect(jsonPath("$.roles", contains("DRAFTER")));
        SystemUser.run(() -> {
            accounts.grant("vc-role", Role.DEPT_REVIEWER);
            accounts.revoke("vc-role", Role.DRAFTER);
        });
        mvc.perform(me("vc-role", PASSWORD)).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles", contains("DEPT_REVIEWER")));
    }

    @Test
    void aNameLockedByWrongGuessesIsRefusedEvenWithItsRememberedPassword() throws Exception {
        account("vc-locked");
        mvc.perform(me("vc-locked", PASSWORD)).andExpect(status().isOk());
        clearInvocations(encoder);
        for (int i = 0; i < 5; i++) {
            mvc.perform(me("vc-locked", "wrong-" + i)).andExpect(status().isUnauthorized());
        }
        verify(encoder, atLeastOnce()).matches(any(), any());
        mvc.perform(me("vc-locked", PASSWORD)).andExpect(status().isUnauthorized());
        mvc.perform(me("VC-Locked ", PASSWORD)).andExpect(status().isUnauthorized());
    }
}
