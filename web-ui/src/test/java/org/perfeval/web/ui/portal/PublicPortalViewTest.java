package org.perfeval.web.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.web.testing.LoggedIn;
import org.perfeval.web.testing.ScreenTest;
import org.perfeval.workflow.disclosure.PublicReport;
import org.perfeval.workflow.disclosure.PublicReports;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The public portal without a browser and without a login: only disclosed reports, exactly as frozen. */
@SpringBootTest(properties = "perfeval.test.context=portal")
@ActiveProfiles("test")
class PublicPortalViewTest extends ScreenTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    WorkflowService workflow;
    @Autowired
    PublicReports reports;

    @Test
    @SuppressWarnings("unchecked")
    void anyoneFindsADisclosedReportWithItsScoreHashAndPdfButNotOneStillUnderReview() {
        long disclosed = as("drafter", () -> evaluations.importJson(Forms.submittableProject("公开门户")).id());
        long pending = as("drafter", () -> evaluations.importJson(Forms.submittableProject("仍在审核")).id());
        as("drafter", () -> workflow.submit(disclosed));
        as("reviewer", () -> workflow.approve(disclosed, null));
        as("finance", () -> workflow.approve(disclosed, null));
        as("reviewer", () -> workflow.publish(disclosed));
        as("drafter", () -> workflow.submit(pending));
        SecurityContextHolder.clearContext();

        navigate(PublicReportsView.class);
        Grid<PublicReport> grid = find(Grid.class).id("public-reports");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).contains("郑州市金水区人民政府办公室", "公开门户");

        navigate(PublicReportView.class, Map.of("id", String.valueOf(disclosed)));
        PublicReport report = reports.report(disclosed).orElseThrow();
        assertThat(find(Code.class).id("portal-sha256").getText()).isEqualTo(report.sha256()).hasSize(64);
        Anchor pdf = find(Anchor.class).id("portal-pdf");
        assertThat(pdf.getText()).isEqualTo("下载 PDF");
        assertThat(pdf.getHref()).isEqualTo("api/public/reports/" + disclosed + ".pdf");
        assertThat(find(Span.class).id("portal-score").getText()).contains(report.total().toPlainString());
        assertThat(test(find(Grid.class).id("portal-indicators")).size())
                .isEqualTo(report.document().indicators().size());

        navigate(PublicReportView.class, Map.of("id", String.valueOf(pending)));
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("该报告尚未公开。");
    }

    private <T> T as(String username, Supplier<T> work) {
        return LoggedIn.as(users, username, work);
    }

    private void as(String username, Runnable work) {
        LoggedIn.as(users, username, work);
    }
}
