package org.perfeval.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.perfeval.web.testing.Browser;
import org.perfeval.web.testing.KeycloakServer;
import org.perfeval.web.testing.TestRealm;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a real browser against a real Keycloak: the authorization-code login with PKCE through Keycloak's own login
 * form, logout ending the Keycloak session too, and the "no access" page for a user without a role or department.
 */
@ExtendWith({KeycloakServer.class, Browser.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"test", "keycloak"})
class KeycloakLoginIT {

    private static final int PORT = port();

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) throws IOException {
        TestRealm realm = KeycloakServer.newRealm(PORT);
        realm.register(registry);
        registry.add("server.port", () -> PORT);
    }

    @BeforeEach
    void forgetSessions() {
        // Keycloak's cookies live under the realm's path, out of reach of deleteAllCookies on any other page
        Browser.forgetCookies();
    }

    @Test
    void aDrafterLogsInThroughKeycloakWithPkceAndLoggingOutEndsTheKeycloakSessionToo() throws Exception {
        WebDriver browser = Browser.driver();
        browser.get(app("/"));
        Browser.await(By.id("kc-login"));
        assertThat(browser.getCurrentUrl()).startsWith(KeycloakServer.url())
                .contains("code_challenge_method=S256", "code_challenge=", "response_type=code", "ui_locales=zh-Hans");
        WebElement signIn = Browser.await(By.id("kc-login"));
        assertThat(signIn.getText() + signIn.getAttribute("value")).as("the realm's login page in Chinese")
                .contains("登录");
        Browser.screenshot("k1-keycloak-login");

        login("drafter");
        Browser.awaitText(".perfeval-user", "王晓填");
        Browser.awaitText("vaadin-grid-cell-content", "郑州市金水区人民政府办公室");
        assertThat(browser.getCurrentUrl()).startsWith(app("/"));
        Browser.screenshot("k2-keycloak-drafter");

        Browser.await(By.id("logout")).click();
        Browser.await(By.id("kc-login"));
        assertThat(browser.getCurrentUrl()).startsWith(KeycloakServer.url());
        browser.get(app("/inbox"));
        Browser.await(By.id("kc-login"));
        assertThat(browser.getCurrentUrl()).as("no single sign-on left after logout")
                .startsWith(KeycloakServer.url());
    }

    @Test
    void aUserWithoutRoleOrDepartmentSeesWhatIsMissingInsteadOfAnError() throws Exception {
        WebDriver browser = Browser.driver();
        browser.get(app("/inbox"));
        Browser.await(By.id("kc-login"));
        login("newcomer");
        Browser.awaitText("h1", "暂无访问权限");
        assertThat(Browser.await(By.id("no-access-reasons")).getText())
                .contains("尚未分配 PerfEval 角色", "未关联已在 PerfEval 登记的部门");
        assertThat(browser.getCurrentUrl()).contains("/no-access");
        Browser.screenshot("k3-keycloak-no-access");
        Browser.await(By.id("logout")).click();
        Browser.await(By.id("kc-login"));
    }

    private static void login(String username) {
        Browser.await(By.id("username")).sendKeys(username);
        Browser.await(By.id("password")).sendKeys("perfeval");
        Browser.await(By.id("kc-login")).click();
    }

    private static String app(String path) {
        return "http://localhost:" + PORT + path;
    }

    private static int port() {
        try {
            return KeycloakServer.freePort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
