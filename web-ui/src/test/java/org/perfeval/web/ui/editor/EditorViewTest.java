package org.perfeval.web.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.testing.Forms;
import org.perfeval.scoring.document.AnnualGoal;
import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.web.testing.ChineseText;
import org.perfeval.web.testing.LoggedInAs;
import org.perfeval.web.testing.ScreenTest;
import org.perfeval.web.ui.layout.Routes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/** The drafter's editor without a browser: live score, fixing a row, saving, conflicts, refusals, leaving. */
@SpringBootTest(properties = "perfeval.test.context=editor")
@ActiveProfiles("test")
@LoggedInAs("drafter")
class EditorViewTest extends ScreenTest {

    @Autowired
    EvaluationService evaluations;

    private long id;
    private int row;

    @BeforeEach
    void aFreshFormAsTheDrafter() {
        id = evaluations.importJson(Forms.withErrorsProject("编辑器测试" + System.nanoTime())).id();
        row = Forms.misfiledRow(evaluations.export(id));
        navigate(EditorView.class, Map.of("id", String.valueOf(id)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void fixingARowsBlockClearsTheErrorsLiveAndTheSavedFormCanBeSubmitted() {
        assertThat(find(Span.class).id("live-total").getText()).contains("97.20", "优");
        assertThat(liveFindings()).contains("“产出指标”下三级指标分值合计 46");

        ComboBox<String> level1 = find(ComboBox.class).id("level1-" + row);
        test(level1).selectItem("效益指标");
        assertThat(liveFindings()).doesNotContain("分值合计 46");

        test(find(Button.class).id("editor-save")).click();
        assertThat(evaluations.summary(id).version()).isEqualTo(1);
        assertThat(evaluations.export(id).indicators().get(row).level1()).isEqualTo("效益指标");

        test(find(Button.class).id("editor-submit")).click();
        assertThat(currentRoute()).isEqualTo(Routes.EVALUATION);
        assertThat(evaluations.summary(id).status()).isEqualTo(EvaluationStatus.INTERNAL_REVIEW);
    }

    @Test
    void aRowTheRulesCannotDecideShowsTheTotalAsProvisional() {
        String garbled = Forms.withErrorsProject("待认定测试" + System.nanoTime())
                .replace("\"target\": \"≥150\"", "\"target\": \"(OCR-garbled)\"");
        long provisional = evaluations.importJson(garbled).id();
        navigate(EditorView.class, Map.of("id", String.valueOf(provisional)));

        assertThat(find(Span.class).id("live-total").getText()).contains("97.20", "优", "待认定：1 行待财政审核认定");
        assertThat(liveFindings()).contains("暂按自评得分 6.00（分值 6.00）计，待财政审核认定");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNatureOfAnIndicatorIsChosenInTheEditorAndSaved() {
        int carryOver = 7;
        Select<Direction> direction = find(Select.class).id("direction-" + carryOver);
        assertThat(direction.getLabel()).isEqualTo("指标性质");

        test(direction).selectItem("反向");
        test(find(Button.class).id("editor-save")).click();

        assertThat(evaluations.export(id).indicators().get(carryOver).direction()).isEqualTo(Direction.LOWER);
        assertThat(find(Span.class).id("live-total").getText()).contains("97.20");
    }

    @Test
    void aSubmissionWithErrorsIsRefusedWithTheListAndAFindingLeadsToItsRow() {
        test(find(Button.class).id("editor-submit")).click();
        String problems = find(Paragraph.class).id("editor-problems").getText();
        assertThat(problems).contains("存在以下错误，不能提交", "“产出指标”下三级指标分值合计 46");
        ChineseText.assertClean(problems);
        assertThat(evaluations.summary(id).status()).isEqualTo(EvaluationStatus.DRAFTING);

        Button toRow = find(Button.class).withText("→ 第 8 行").first();
        test(toRow).click();
        assertThat(find(IndicatorCard.class).id("indicator-7").getStyle().get("outline")).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSaveAfterSomeoneElseSavedIsRefusedWithAClearMessageAndOverwritesNothing() {
        SelfEvaluationDocument theirs = evaluations.export(id);
        evaluations.update(id, 0, new SelfEvaluationDocument(theirs.kind(), theirs.scheme(), theirs.department(),
                theirs.project(), theirs.year(), theirs.amountUnit(), new AnnualGoal("他人的修改", "已完成"),
                theirs.tasks(), theirs.budget(), theirs.level1(), theirs.indicators(), theirs.selfReported(),
                theirs.report()));

        test((ComboBox<String>) find(ComboBox.class).id("level1-" + row)).selectItem("效益指标");
        test(find(Button.class).id("editor-save")).click();

        ConfirmDialog conflict = find(ConfirmDialog.class).id("edit-conflict");
        assertThat(conflict.isOpened()).isTrue();
        String explained = conflict.getElement().getProperty("message");
        assertThat(explained).containsPattern("已由 drafter 于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 修改");
        ChineseText.assertClean(explained, "drafter");
        assertThat(find(Paragraph.class).id("editor-problems").getText()).isEqualTo("他人已在此期间保存了此表");
        assertThat(evaluations.summary(id).version()).isEqualTo(1);
        assertThat(evaluations.export(id).annualGoal().text()).isEqualTo("他人的修改");
        assertThat(evaluations.export(id).indicators().get(row).level1()).isEqualTo("产出指标");
    }

    @Test
    void rowsAreAddedAndRemovedAndLeavingWithUnsavedChangesAsksFirst() {
        int before = find(IndicatorCard.class).all().size();
        test(find(Button.class).id("add-row")).click();
        assertThat(find(IndicatorCard.class).all()).hasSize(before + 1);
        test(find(Button.class).id("remove-" + before)).click();
        assertThat(find(IndicatorCard.class).all()).hasSize(before);

        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(EditorView.class);
        assertThat(find(ConfirmDialog.class).id("unsaved-changes").isOpened()).isTrue();
        assertThat(evaluations.summary(id).version()).isZero();
    }

    private String liveFindings() {
        return find(com.vaadin.flow.component.html.Div.class).id("live-findings").getElement().getTextRecursively();
    }
}
