package org.perfeval.web.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.web.testing.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** In a real browser: a newcomer logs in with a demo account and finds the seed report, recomputed. */
@ExtendWith(Browser.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    @Test
    void theDemoDrafterLogsInAndFindsTheSeedReportWithItsRecomputedScore() throws Exception {
        WebDriver browser = Browser.driver();
        browser.get("http://localhost:" + port + "/");
        Browser.await(By.cssSelector("vaadin-login-form"));
        Browser.screenshot("01-login");

        Browser.await(By.cssSelector("input[name='username']")).sendKeys("drafter");
        Browser.await(By.cssSelector("input[name='password']")).sendKeys("perfeval", Keys.ENTER);

        Browser.awaitText("vaadin-grid-cell-content", "郑州市金水区人民政府办公室");
        assertThat(browser.getTitle()).contains("自评表");
        Browser.screenshot("02-evaluations");

        Browser.awaitText("vaadin-grid-cell-content", "郑州市金水区人民政府办公室").click();
        Browser.waiting().until(d -> d.getCurrentUrl().contains("/evaluations/"));
        Browser.screenshot("03-evaluation");

        Browser.awaitText("span", "复核得分：97.20 优");
        Browser.awaitText("vaadin-grid-cell-content", "1 × 20 ÷ 25.79 = 0.78");
        assertThat(browser.getCurrentUrl()).contains("/evaluations/");
        assertThat(Browser.consoleErrors()).as("Vaadin runs under the content security policy")
                .noneMatch(message -> message.contains("Content Security Policy"));
        Browser.screenshot("03-evaluation");
    }

    @Test
    void aWrongPasswordKeepsTheUserOut() throws Exception {
        WebDriver browser = Browser.driver();
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        Browser.await(By.cssSelector("input[name='username']")).sendKeys("drafter");
        Browser.await(By.cssSelector("input[name='password']")).sendKeys("wrong", Keys.ENTER);

        Browser.waiting().until(d -> d.getCurrentUrl().contains("error"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        Browser.screenshot("04-login-error");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithTheReason() throws Exception {
        SystemUser.run(() -> {
            if (accounts.find("locked.tester").isEmpty()) {
                accounts.create(new NewAccount("locked.tester", "锁定测试", null, "perfeval-right", "JSZF",
                        Set.of(Role.DRAFTER)));
            }
        });
        WebDriver browser = Browser.driver();
        browser.manage().deleteAllCookies();
        for (int attempt = 0; attempt < 5; attempt++) {
            logIn(browser, "locked.tester", "wrong-" + attempt);
            awaitLoginError("用户名或密码错误");
        }
        logIn(browser, "locked.tester", "perfeval-right");
        awaitLoginError("密码错误次数过多");
        assertThat(browser.getCurrentUrl()).contains("/login");
        Browser.screenshot("04b-login-locked");
    }

    /** The login form shows its error inside its shadow root; its i18n says which. */
    private static void awaitLoginError(String title) {
        Browser.waiting().until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "const f = document.querySelector('vaadin-login-form');"
                        + " return f && f.error ? f.i18n.errorMessage.title : '';")).contains(title));
    }

    private void logIn(WebDriver browser, String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        Browser.await(By.cssSelector("input[name='username']")).sendKeys(username);
        Browser.await(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        Browser.waiting().until(d -> d.getCurrentUrl().contains("error"));
    }

    @Test
    void theDrafterFindsTheTaskInTheInboxAndIsToldWhyItCannotBeSubmittedYet() throws Exception {
        WebDriver browser = Browser.driver();
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        Browser.await(By.cssSelector("input[name='username']")).sendKeys("drafter");
        Browser.await(By.cssSelector("input[name='password']")).sendKeys("perfeval", Keys.ENTER);
        Browser.awaitText("vaadin-grid-cell-content", "郑州市金水区人民政府办公室");

        browser.get("http://localhost:" + port + "/inbox");
        Browser.awaitText("vaadin-grid-cell-content", "填报");
        Browser.screenshot("05-inbox");
        Browser.awaitText("vaadin-grid-cell-content", "郑州市金水区人民政府办公室").click();
        Browser.await(By.id("action-submit")).click();

        Browser.awaitText("#action-messages", "存在以下错误，不能提交");
        assertThat(browser.findElement(By.id("action-messages")).getText())
                .contains("“产出指标”下三级指标分值合计 46", "“效益指标”下三级指标分值合计 24");
        Browser.screenshot("06-submission-refused");
    }
}
