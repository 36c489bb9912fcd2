package org.perfeval.web.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.evaluation.EvaluationSummary;
import org.perfeval.core.security.SystemUser;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.PdfPages;
import org.perfeval.web.testing.Browser;
import org.perfeval.workflow.disclosure.PublicReport;
import org.perfeval.workflow.disclosure.PublicReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The seed report from drafting to public disclosure in a real browser, by four people: the drafter fixes the
 * misfiled row in the editor and submits, the department reviewer approves, the finance reviewer sends it back with
 * an item on a row, the drafter answers beside that row and resubmits, both reviewers approve, the department
 * reviewer publishes, and a member of the public finds it with its hash and downloads its PDF. A screenshot of each
 * screen, and the pages checked on a phone for horizontal scrolling.
 */
@ExtendWith(Browser.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "perfeval.test.context=journey")
@ActiveProfiles("test")
class ReportJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    PublicReports reports;

    @Test
    void theSeedTravelsFromDraftingThroughASendBackToThePublicPortal() throws Exception {
        EvaluationSummary seed = SystemUser.call(() -> evaluations.visible()).getFirst();
        long id = seed.id();
        int row = Forms.misfiledRow(SystemUser.call(() -> evaluations.export(id)));

        logIn("drafter");
        open("/evaluations/" + id + "/edit");
        Browser.awaitText("#live-findings", "分值合计 46");
        assertThat(horizontalOverflow()).as("editor on a laptop").isLessThanOrEqualTo(0L);
        Browser.screenshot("10-editor");
        choose("level1-" + row, "效益指标");
        Browser.waiting().until(d -> content("live-findings").contains("警告")
                && !content("live-findings").contains("分值合计 46"));
        click("editor-save");
        Browser.awaitText("vaadin-notification-card", "已保存");
        click("editor-submit");
        Browser.waiting().until(d -> d.getCurrentUrl().endsWith("/evaluations/" + id));
        assertThat(status(id)).isEqualTo(EvaluationStatus.INTERNAL_REVIEW);
        Browser.screenshot("11-submitted");

        switchTo("reviewer");
        open("/inbox");
        Browser.awaitText("vaadin-grid-cell-content", "内部审核");
        Browser.screenshot("12-reviewer-inbox");
        act(id, "action-approve");
        assertThat(status(id)).isEqualTo(EvaluationStatus.FINANCE_CHECK);

        switchTo("finance");
        open("/evaluations/" + id);
        click("action-send_back");
        type("send-back-reason", "请补充结转结余率的偏差原因");
        choose("item-row-0", "第 " + (row + 1) + " 行");
        type("item-request-0", "请说明该指标调整的依据");
        Browser.screenshot("13-send-back");
        click("confirm-send-back");
        Browser.awaitText("vaadin-notification-card", "已完成");
        assertThat(status(id)).isEqualTo(EvaluationStatus.RECTIFICATION);

        switchTo("drafter");
        open("/notifications");
        Browser.awaitText("vaadin-grid-cell-content", "请补充结转结余率的偏差原因");
        assertThat(text(By.id("notifications-bell"))).isNotEqualTo("通知（0）");
        Browser.screenshot("14a-notifications");
        open("/evaluations/" + id);
        click("action-resubmit");
        Browser.awaitText("#resubmit-dialog", "请说明该指标调整的依据");
        Browser.awaitText("#resubmit-dialog", "第 " + (row + 1) + " 行");
        WebElement answer = Browser.await(By.cssSelector("#resubmit-dialog vaadin-text-area textarea"));
        answer.sendKeys("该指标属效益类，已按规定归入效益指标。", Keys.TAB);
        Browser.screenshot("14-rectification");
        click("confirm-resubmit");
        Browser.awaitText("vaadin-notification-card", "已完成");
        assertThat(status(id)).isEqualTo(EvaluationStatus.INTERNAL_REVIEW);

        switchTo("reviewer");
        act(id, "action-approve");
        switchTo("finance");
        act(id, "action-approve");
        switchTo("reviewer");
        open("/evaluations/" + id);
        Browser.await(By.cssSelector("vaadin-tab:nth-of-type(4)")).click();
        Browser.await(By.cssSelector("#process-diagram [data-active='true']"));
        assertThat(horizontalOverflow()).as("evaluation page on a laptop").isLessThanOrEqualTo(0L);
        Browser.screenshot("15-timeline");
        assertEvaluationPdfDownloads();
        act(id, "action-publish");
        assertThat(status(id)).isEqualTo(EvaluationStatus.DISCLOSED);

        click("logout");
        Browser.await(By.cssSelector("vaadin-login-form"));
        open("/public");
        Browser.awaitText("vaadin-grid-cell-content", "郑州市金水区人民政府办公室").click();
        PublicReport disclosed = reports.report(id).orElseThrow();
        Browser.awaitText("#portal-sha256", disclosed.sha256());
        assertThat(text(By.id("portal-score"))).contains(disclosed.total().toPlainString(), disclosed.grade());
        Browser.screenshot("16-public-report");
        assertPdfLinkServes(disclosed);

        logIn("admin");
        for (String[] page : new String[][] {{"/admin/users", "19-admin-users"},
                {"/admin/departments", "20-admin-departments"}, {"/admin/deadlines", "21-admin-deadlines"},
                {"/admin/schemes", "22-admin-schemes"}, {"/public", "23-public-reports"}}) {
            open(page[0]);
            Browser.await(By.tagName("h2"));
            Browser.screenshot(page[1]);
        }

        Browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/public", "/public/" + id)) {
                open(page);
                Browser.await(By.tagName("h2"));
                assertThat(horizontalOverflow()).as(page + " on a phone").isLessThanOrEqualTo(0L);
            }
            Browser.screenshot("17-public-report-phone");
            logIn("drafter");
            open("/evaluations/" + id);
            Browser.await(By.id("evaluation-tabs"));
            assertThat(horizontalOverflow()).as("evaluation page on a phone").isLessThanOrEqualTo(0L);
            Browser.screenshot("18-evaluation-phone");
            open("/evaluations/" + id + "/edit");
            Browser.await(By.id("live-score"));
            assertThat(horizontalOverflow()).as("editor on a phone").isLessThanOrEqualTo(0L);
            Browser.screenshot("18a-editor-phone");
            open("/inbox");
            Browser.await(By.id("inbox"));
            assertThat(horizontalOverflow()).as("inbox on a phone").isLessThanOrEqualTo(0L);
        } finally {
            Browser.driver().manage().window().setSize(new Dimension(1366, 768));
        }
    }

    /** The evaluation page's PDF link downloads the form for stamping in the logged-in user's session. */
    private static void assertEvaluationPdfDownloads() {
        String href = Browser.await(By.id("evaluation-pdf")).getDomProperty("href");
        Object answer = ((JavascriptExecutor) Browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                + " + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b).slice(0, 5)))))"
                + ".catch(e => done('failed ' + e));", href);
        assertThat(String.valueOf(answer)).startsWith("200 application/pdf").endsWith(" %PDF-");
    }

    /** The portal's PDF link, as the browser resolves it, gives anyone the report with its hash. */
    private static void assertPdfLinkServes(PublicReport disclosed) throws Exception {
        String href = Browser.await(By.id("portal-pdf")).getDomProperty("href");
        assertThat(href).endsWith("/api/public/reports/" + disclosed.evaluationId() + ".pdf");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(href)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
            assertThat(PdfPages.read(pdf.body()).text()).contains("郑州市金水区人民政府办公室", disclosed.sha256());
        }
    }

    private EvaluationStatus status(long id) {
        return SystemUser.call(() -> evaluations.summary(id)).status();
    }

    private void act(long id, String button) {
        open("/evaluations/" + id);
        click(button);
        Browser.awaitText("vaadin-notification-card", "已完成");
    }

    private void switchTo(String user) {
        click("logout");
        Browser.await(By.cssSelector("vaadin-login-form"));
        logIn(user);
    }

    private void logIn(String user) {
        WebDriver browser = Browser.driver();
        browser.manage().deleteAllCookies();
        open("/login");
        Browser.await(By.cssSelector("input[name='username']")).sendKeys(user);
        Browser.await(By.cssSelector("input[name='password']")).sendKeys("perfeval", Keys.ENTER);
        Browser.await(By.id("notifications-bell"));
    }

    private void open(String path) {
        Browser.driver().get("http://localhost:" + port + path);
    }

    private void type(String id, String value) {
        visible(Browser.await(By.cssSelector("#" + id + " input, #" + id + " textarea"))).sendKeys(value, Keys.TAB);
    }

    /** Picks the item of a combo box whose label contains {@code label}, as a user would: type, then click it. */
    private void choose(String id, String label) {
        WebElement input = visible(Browser.await(By.cssSelector("#" + id + " input")));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(label);
        Browser.awaitText("vaadin-combo-box-item", label).click();
        Browser.waiting().until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.getElementById(arguments[0]).selectedItem ? 'picked' : '';", id)).equals("picked"));
    }

    private static void click(String id) {
        visible(Browser.await(By.id(id))).click();
    }

    private static WebElement visible(WebElement element) {
        ((JavascriptExecutor) Browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        return element;
    }

    /** All the text of an element, seen or scrolled away. */
    private static String content(String id) {
        return String.valueOf(((JavascriptExecutor) Browser.driver()).executeScript(
                "return document.getElementById(arguments[0]).textContent;", id));
    }

    private static String text(By by) {
        return Browser.driver().findElement(by).getText();
    }

    private static long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) Browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
    }
}
