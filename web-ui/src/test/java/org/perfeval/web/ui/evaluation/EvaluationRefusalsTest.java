package org.perfeval.web.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.web.testing.ChineseText;
import org.perfeval.web.testing.LoggedIn;
import org.perfeval.web.testing.ScreenTest;
import org.perfeval.workflow.process.WorkflowService;
import org.perfeval.workflow.rectification.RectificationRequest;
import org.perfeval.workflow.rectification.RectificationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Every refusal the evaluation page's workflow buttons can meet is shown in Chinese, with no English and no raw code
 * or pointer: a return without a reason, a transfer to someone who may not take the task, a resubmission with an item
 * unanswered, a submission the scorer refuses.
 */
@SpringBootTest(properties = "perfeval.test.context=refusals")
@ActiveProfiles("test")
class EvaluationRefusalsTest extends ScreenTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RectificationService rectification;

    private long imported(String json) {
        return LoggedIn.as(users, "drafter", () -> evaluations.importJson(json).id());
    }

    private long submitted() {
        long id = imported(Forms.submittableProject("退回测试" + System.nanoTime()));
        LoggedIn.as(users, "drafter", () -> workflow.submit(id));
        return id;
    }

    private void open(String user, long id) {
        LoggedIn.as(users, user);
        navigate(EvaluationView.class, Map.of("id", String.valueOf(id)));
    }

    private String messages() {
        return find(Div.class).id("action-messages").getElement().getTextRecursively();
    }

    @Test
    void theFormOffersItsPdfForStampingInChinese() {
        long id = submitted();
        open("reviewer", id);

        Anchor pdf = find(Anchor.class).id("evaluation-pdf");
        assertThat(pdf.getText()).isEqualTo("下载 PDF（供盖章）");
        assertThat(pdf.getHref()).isNotBlank();
    }

    @Test
    void aReturnWithoutAReasonIsRefusedInChinese() {
        long id = submitted();
        open("reviewer", id);

        test(find(Button.class).id("action-return")).click();
        test(find(TextArea.class).id("reason")).setValue("  ");
        test(find(Button.class).id("confirm-return")).click();

        assertThat(messages()).contains("请填写原因");
        ChineseText.assertClean(messages());
    }

    @Test
    void aTransferToSomeoneWhoMayNotTakeTheTaskIsRefusedInChinese() {
        long id = submitted();
        open("reviewer", id);

        test(find(Button.class).id("action-transfer")).click();
        test(find(TextField.class).id("transfer-username")).setValue("drafter");
        test(find(Button.class).id("confirm-transfer")).click();

        assertThat(messages()).contains("王晓填", "部门审核人");
        ChineseText.assertClean(messages());
    }

    @Test
    void aResubmissionWithAnItemUnansweredIsRefusedInChinese() {
        long id = submitted();
        LoggedIn.as(users, "reviewer", () -> workflow.approve(id, null));
        LoggedIn.as(users, "finance", () -> workflow.sendBack(id, "请整改", List.of(
                new RectificationRequest(0, null, "说明第一行"), new RectificationRequest(1, null, "说明第二行"))));
        long first = LoggedIn.as(users, "drafter", () -> rectification.items(id)).getFirst().id();
        open("drafter", id);

        test(find(Button.class).id("action-resubmit")).click();
        test(find(TextArea.class).id("answer-" + first)).setValue("已说明");
        test(find(Button.class).id("confirm-resubmit")).click();

        assertThat(messages()).contains("尚未填写：第 2 项");
        ChineseText.assertClean(messages());
    }

    @Test
    void aSubmissionTheScorerRefusesListsItsErrorsInChinese() {
        long id = imported(Forms.withErrorsProject("错误测试" + System.nanoTime()));
        open("drafter", id);

        test(find(Button.class).id("action-submit")).click();

        assertThat(messages()).contains("一级指标“产出指标”");
        ChineseText.assertClean(messages());
    }
}
