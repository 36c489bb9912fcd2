package org.perfeval.workflow.disclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_NAME;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.PdfPages;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.workflow.disclosure.PublicReport;
import org.perfeval.workflow.disclosure.PublicReports;
import org.perfeval.workflow.history.HistoryService;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The disclosed report as a PDF, read back with PDFBox: anyone gets it without logging in, with the department, the
 * approved total, and the SHA-256 and approval date on every numbered page; a report not yet disclosed has none.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithTestDirectory
class DisclosedReportPdfTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    WorkflowService workflow;
    @Autowired
    HistoryService history;
    @Autowired
    PublicReports reports;
    @Autowired
    ZoneId zone;

    private <T> T as(String user, Supplier<T> work) {
        return TestDirectory.as(users, user, work);
    }

    private void as(String user, Runnable work) {
        TestDirectory.as(users, user, work);
    }

    private long approved(String project) {
        long id = as(OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittableProject(project)).id());
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));
        as(FINANCE_REVIEWER, () -> workflow.approve(id, null));
        return id;
    }

    private byte[] anonymousPdf(long id) throws Exception {
        return mvc.perform(get("/api/public/reports/{id}.pdf", id)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void anyoneDownloadsTheDisclosedReportWithItsHashAndApprovalDateOnEveryNumberedPage() throws Exception {
        long id = approved("公开版打印");
        as(OFFICE_REVIEWER, () -> workflow.publish(id));
        PublicReport report = reports.report(id).orElseThrow();
        Instant approvedAt = as(ADMIN, () -> history.financeApproval(id)).orElseThrow().at();

        PdfPages pages = PdfPages.read(anonymousPdf(id));

        pages.assertA4LandscapeEmbeddedAndNumbered();
        assertThat(pages.text()).contains(OFFICE_NAME, "公开版打印", "审定得分", "97.20优", "绩效指标",
                "年度履职目标相关性");
        String footer = "公开文本SHA-256：" + report.sha256() + "·批准日期：" + approvedAt.atZone(zone).toLocalDate()
                + "·公开日期：" + report.disclosedAt().atZone(zone).toLocalDate();
        assertThat(pages.texts()).allSatisfy(page -> assertThat(page.replaceAll("\\s+", "")).contains(footer));
    }

    @Test
    void aReaderOfEnglishGetsEnglishLabelsAroundTheFormsOwnChineseWords() throws Exception {
        long id = approved("英文公开版");
        as(OFFICE_REVIEWER, () -> workflow.publish(id));

        byte[] pdf = mvc.perform(get("/api/public/reports/{id}.pdf", id).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(PdfPages.read(pdf).text()).contains("Approvedscore", "SHA-256ofthedisclosedtext", OFFICE_NAME,
                "Page1of").doesNotContain("审定得分");
    }

    @Test
    void aReportNotYetDisclosedHasNoPdfForAnyoneNotEvenItsOwnDepartment() throws Exception {
        long id = approved("尚未公开");

        mvc.perform(get("/api/public/reports/{id}.pdf", id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/public/reports/{id}.pdf", id).with(httpBasic(OFFICE_REVIEWER, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/public/reports/{id}.pdf", id + 100_000)).andExpect(status().isNotFound());
        mvc.perform(get("/api/public/reports/{id}", id)).andExpect(status().isNotFound());
    }
}
