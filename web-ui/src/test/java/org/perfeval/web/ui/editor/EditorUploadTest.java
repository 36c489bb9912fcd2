package org.perfeval.web.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.perfeval.scoring.document.xlsx.WorkbookWriter;
import org.perfeval.web.testing.LoggedInAs;
import org.perfeval.web.testing.ScreenTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;

/**
 * The editor's upload without a browser: a filled .xlsx replaces the draft's content, unsaved; a refused file
 * leaves no file listed and says why at the upload, in Chinese; nothing is stored either way until saved.
 */
@SpringBootTest(properties = "perfeval.test.context=editor")
@ActiveProfiles("test")
@LoggedInAs("drafter")
class EditorUploadTest extends ScreenTest {

    @Autowired
    EvaluationService evaluations;

    private long id;
    private int row;

    @BeforeEach
    void aFreshFormAsTheDrafter() {
        id = evaluations.importJson(Forms.withErrorsProject("上传测试" + System.nanoTime())).id();
        row = Forms.misfiledRow(evaluations.export(id));
        navigate(EditorView.class, Map.of("id", String.valueOf(id)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFilledWorkbookReplacesTheDraftsContentUntilSaved() {
        SelfEvaluationDocument form = evaluations.export(id);
        List<Indicator> rows = new ArrayList<>(form.indicators());
        Indicator misfiled = rows.get(row);
        rows.set(row, new Indicator("效益指标", misfiled.level2(), misfiled.level3(), misfiled.target(),
                misfiled.unit(), misfiled.actual(), misfiled.weight(), misfiled.selfScore(), misfiled.tier(),
                misfiled.deviationReason(), misfiled.notApplicable(), misfiled.direction()));
        byte[] workbook = new WorkbookWriter().write(new SelfEvaluationDocument(form.kind(), form.scheme(),
                form.department(), form.project(), form.year(), form.amountUnit(), form.annualGoal(), form.tasks(),
                form.budget(), form.level1(), rows, form.selfReported(), form.report()));

        test(find(Upload.class).id("editor-import")).upload("自评表.xlsx", WorkbookReader.CONTENT_TYPE, workbook);

        assertThat(((ComboBox<String>) find(ComboBox.class).id("level1-" + row)).getValue()).isEqualTo("效益指标");
        assertThat(find(Span.class).all()).noneMatch(span -> span.getId().filter("editor-import-error"::equals)
                .isPresent());
        assertThat(evaluations.export(id).indicators().get(row).level1()).as("stored only when saved")
                .isEqualTo("产出指标");
    }

    @Test
    void aRefusedWorkbookSaysWhyAtTheUploadByCellAndChangesNothing() {
        SelfEvaluationDocument form = evaluations.export(id);
        byte[] workbook = new WorkbookWriter().write(new SelfEvaluationDocument(form.kind(), form.scheme(),
                form.department(), null, form.year(), form.amountUnit(), form.annualGoal(), form.tasks(),
                form.budget(), form.level1(), form.indicators(), form.selfReported(), form.report()));

        test(find(Upload.class).id("editor-import")).upload("自评表.xlsx", WorkbookReader.CONTENT_TYPE, workbook);

        Span error = find(Span.class).id("editor-import-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("文件被拒绝，未做任何修改：").contains("自评表!B3：项目名称为必填项");
        assertThat(((ComboBox<?>) find(ComboBox.class).id("level1-" + row)).getValue()).isEqualTo("产出指标");
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAtTheUploadUnread() {
        test(find(Upload.class).id("editor-import")).upload("说明.txt", "text/plain",
                "不是自评表".getBytes(StandardCharsets.UTF_8));

        Span error = find(Span.class).id("editor-import-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("说明.txt 未被接受：只能导入 JSON（.json）或 Excel（.xlsx）格式、不超过 5 MB 的自评表。");
    }
}
