package org.perfeval.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.core.testing.TestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The login lock against bursts of parallel guesses and against spellings of a name that the database takes for the
 * same account; on H2 and on MariaDB, whose collation ignores case and trailing spaces.
 */
abstract class LoginLockoutContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    CheckedPasswords checked;

    private void account(String username) {
        SystemUser.run(() -> {
            if (accounts.find(username).isEmpty()) {
                accounts.create(new NewAccount(username, "被猜者", null, PASSWORD, TestDirectory.OFFICE,
                        Set.of(Role.DRAFTER)));
            }
        });
    }

    private static MockHttpServletRequestBuilder me(String username, String password, String address) {
        return get("/api/me").with(httpBasic(username, password)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMorePasswordChecksThanTheLimit() throws Exception {
        account("thr-par");
        int guesses = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String address = "10.20." + (i / 200) + "." + (i % 200 + 1);
                String password = i == guesses / 2 ? PASSWORD : "wrong-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(me("thr-par", password, address)).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isIn(200, 401);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(checked.wrong("thr-par")).as("wrong passwords actually checked").isLessThanOrEqualTo(5);
        mvc.perform(me("thr-par", PASSWORD, "10.21.0.1")).andExpect(status().isUnauthorized());
    }

    @Test
    void everySpellingOfALockedNameIsLockedAndEverySpellingLogsInTheSameUser() throws Exception {
        account("thr-my");
        account("thr-ok");
        mvc.perform(me("Thr-Ok ", PASSWORD, "10.30.0.1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("thr-ok"));
        String[] variants = {"thr-my", "THR-MY", "thr-my ", "THR-MY ", " Thr-My", "thr-my\t"};
        for (int i = 0; i < 5; i++) {
            mvc.perform(me(variants[i], "wrong-" + i, "10.30.1." + i)).andExpect(status().isUnauthorized());
        }
        for (String variant : variants) {
            mvc.perform(me(variant, PASSWORD, "10.30.2.1")).andExpect(status().isUnauthorized());
            mvc.perform(me(variant, "wrong", "10.30.2.2")).andExpect(status().isUnauthorized());
        }
        assertThat(checked.wrong("thr-my")).as("guesses after the lock are not checked").isEqualTo(5);
    }

    /** Counts the wrong passwords Spring Security actually checked, per user name as it was looked up. */
    static final class CheckedPasswords {

        private final Map<String, AtomicInteger> wrong = new ConcurrentHashMap<>();

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent event) {
            wrong.computeIfAbsent(UserNames.normalise(event.getAuthentication().getName()), name -> new AtomicInteger())
                    .incrementAndGet();
        }

        int wrong(String username) {
            AtomicInteger count = wrong.get(username);
            return count == null ? 0 : count.get();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        CheckedPasswords checkedPasswords() {
            return new CheckedPasswords();
        }
    }
}
