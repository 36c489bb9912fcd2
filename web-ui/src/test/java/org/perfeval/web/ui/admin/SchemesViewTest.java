package org.perfeval.web.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perfeval.core.scheme.SchemeService;
import org.perfeval.core.scheme.SchemeView;
import org.perfeval.web.testing.ChineseText;
import org.perfeval.web.testing.LoggedInAs;
import org.perfeval.web.testing.ScreenTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The scheme screen without a browser: published schemes read-only, a copy edited, a bad edit refused by place. */
@SpringBootTest(properties = "perfeval.test.context=schemes")
@ActiveProfiles("test")
@LoggedInAs("admin")
class SchemesViewTest extends ScreenTest {

    @Autowired
    SchemeService schemes;

    @Test
    @SuppressWarnings("unchecked")
    void aPublishedSchemeIsCopiedTheCopyEditedAndABadEditRefused() {
        navigate(SchemesView.class);
        Grid<SchemeView> grid = find(Grid.class).id("schemes");
        assertThat(test(grid).size()).isEqualTo(4);
        assertThat(find(TextArea.class).id("scheme-json").isReadOnly()).isTrue();
        assertThat(find(Button.class).id("save-scheme").isEnabled()).isFalse();

        test(find(TextField.class).id("copy-id")).setValue("henan-2026");
        test(find(Button.class).id("copy-scheme")).click();
        assertThat(test(grid).size()).isEqualTo(5);
        assertThat(find(TextArea.class).id("scheme-json").isReadOnly()).isFalse();

        TextArea json = find(TextArea.class).id("scheme-json");
        String edited = json.getValue().replaceFirst("\"version\"\\s*:\\s*1", "\"version\" : 2");
        test(json).setValue(edited);
        test(find(Button.class).id("save-scheme")).click();
        assertThat(schemes.find("henan-2026").orElseThrow().schemeVersion()).isEqualTo(2);

        test(find(TextArea.class).id("scheme-json")).setValue(edited.replaceFirst("\"total\"\\s*:\\s*100",
                "\"total\" : -5"));
        test(find(Button.class).id("save-scheme")).click();
        String problems = find(Paragraph.class).id("scheme-problems").getText();
        assertThat(problems).contains("未保存", "满分");
        ChineseText.assertClean(problems);
        assertThat(schemes.find("henan-2026").orElseThrow().json()).contains("\"total\" : 100");
    }
}
