package org.perfeval.web.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.web.testing.ChineseText;
import org.perfeval.web.testing.LoggedIn;
import org.perfeval.web.testing.ScreenTest;
import org.perfeval.workflow.adjudication.AdjudicationService;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * 认定 on the evaluation page: the finance reviewer's control on each row the rules cannot decide, refusals at the
 * field with the dialog keeping what was typed, and what every other reader sees: 已认定 with the reason, and the
 * total 待认定 until every row is decided.
 */
@SpringBootTest(properties = "perfeval.test.context=refusals")
@ActiveProfiles("test")
class EvaluationAdjudicationTest extends ScreenTest {

    /** 办公用品采购数量 (6 of 6) and 办公用品采购完成率 (7 of 7) in the seed, their targets lost in a scan. */
    private static final int PURCHASES = 19;
    private static final int ADJUDICATION_COLUMN = 9;

    @Autowired
    UserDetailsService users;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    WorkflowService workflow;
    @Autowired
    AdjudicationService adjudications;

    private long atFinanceCheck() {
        String garbled = Forms.submittableProject("认定测试" + System.nanoTime())
                .replace("\"target\": \"≥150\"", "\"target\": \"(OCR-garbled)\"")
                .replace("\"level3\": \"办公用品采购完成率\", \"target\": \"≥99\"",
                        "\"level3\": \"办公用品采购完成率\", \"target\": \"(OCR-garbled)\"");
        long id = LoggedIn.as(users, "drafter", () -> evaluations.importJson(garbled).id());
        LoggedIn.as(users, "drafter", () -> workflow.submit(id));
        LoggedIn.as(users, "reviewer", () -> workflow.approve(id, null));
        return id;
    }

    private void open(String user, long id) {
        LoggedIn.as(users, user);
        navigate(EvaluationView.class, Map.of("id", String.valueOf(id)));
    }

    private String total() {
        return find(FlexLayout.class).id("evaluation-facts").getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Component cell(int row) {
        Grid<?> grid = find(Grid.class).id("indicators");
        return test(grid).getCellComponent(row, ADJUDICATION_COLUMN);
    }

    private Button control(int row) {
        return (Button) cell(row).getChildren().filter(Button.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("row " + (row + 1) + " has no 认定 control"));
    }

    @Test
    void theFinanceReviewerDecidesEachUnverifiedRowAndARefusalIsShownAtTheFieldKeepingTheInput() {
        long id = atFinanceCheck();
        open("finance", id);
        assertThat(total()).contains("待认定：2 行待财政审核认定");
        assertThat(cell(0).getChildren().filter(Button.class::isInstance)).isEmpty();

        test(control(PURCHASES)).click();
        test(find(BigDecimalField.class).id("adjudication-score")).setValue(new BigDecimal("9"));
        test(find(TextArea.class).id("adjudication-reason")).setValue("佐证材料显示仅采购 120 件");
        test(find(Button.class).id("confirm-adjudication")).click();

        BigDecimalField score = find(BigDecimalField.class).id("adjudication-score");
        assertThat(score.isInvalid()).isTrue();
        assertThat(score.getErrorMessage()).contains("分值 6");
        ChineseText.assertClean(score.getErrorMessage());
        assertThat(find(TextArea.class).id("adjudication-reason").getValue()).isEqualTo("佐证材料显示仅采购 120 件");
        assertThat(find(Dialog.class).id("adjudication-dialog").isOpened()).isTrue();

        test(score).setValue(new BigDecimal("4.5"));
        test(find(TextArea.class).id("adjudication-reason")).setValue(" ");
        test(find(Button.class).id("confirm-adjudication")).click();
        TextArea reason = find(TextArea.class).id("adjudication-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("理由");
        assertThat(find(BigDecimalField.class).id("adjudication-score").getValue()).isEqualByComparingTo("4.5");

        test(reason).setValue("佐证材料显示仅采购 120 件");
        test(find(Button.class).id("confirm-adjudication")).click();

        assertThat(cell(PURCHASES).getElement().getTextRecursively()).contains("已认定",
                "理由：佐证材料显示仅采购 120 件");
        assertThat(total()).contains("95.70", "待认定：1 行");
        test(control(PURCHASES + 3)).click();
        test(find(BigDecimalField.class).id("adjudication-score")).setValue(new BigDecimal("6"));
        test(find(TextArea.class).id("adjudication-reason")).setValue("采购计划完成率约 90%");
        test(find(Button.class).id("confirm-adjudication")).click();
        assertThat(total()).contains("94.70").doesNotContain("待认定");
    }

    @Test
    void otherReadersSeeTheDecisionWithItsReasonAndNoControl() {
        long id = atFinanceCheck();
        LoggedIn.as(users, "finance", () -> adjudications.adjudicate(id, PURCHASES, new BigDecimal("3"), "佐证材料不足"));
        open("drafter", id);

        String decided = cell(PURCHASES).getElement().getTextRecursively();
        assertThat(decided).contains("已认定", "理由：佐证材料不足");
        ChineseText.assertClean(decided);
        assertThat(find(Span.class).withText("已认定").first().getElement().getAttribute("title"))
                .isEqualTo("佐证材料不足");
        assertThat(cell(PURCHASES).getChildren().filter(Button.class::isInstance)).isEmpty();
        assertThat(cell(PURCHASES + 3).getElement().getTextRecursively()).contains("待认定");
        assertThat(total()).contains("待认定：1 行");
    }

    @Test
    void theDisclosedReportShowsWhichRowsWereAdjudicatedWithTheReason() {
        long id = atFinanceCheck();
        LoggedIn.as(users, "finance", () -> {
            adjudications.adjudicate(id, PURCHASES, new BigDecimal("3"), "佐证材料不足");
            adjudications.adjudicate(id, PURCHASES + 3, new BigDecimal("7"), "采购计划全部完成");
            workflow.approve(id, null);
        });
        LoggedIn.as(users, "reviewer", () -> workflow.publish(id));
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("public/" + id);

        String adjudicated = find(Div.class).id("portal-adjudicated").getElement().getTextRecursively();
        assertThat(adjudicated).contains("经财政审核认定的指标", "第 20 行（办公用品采购数量）：认定得 3 分。理由：佐证材料不足",
                "第 23 行（办公用品采购完成率）：认定得 7 分。理由：采购计划全部完成");
        ChineseText.assertClean(adjudicated);
        assertThat(find(Span.class).id("portal-score").getText()).contains("94.2 优");
    }
}
