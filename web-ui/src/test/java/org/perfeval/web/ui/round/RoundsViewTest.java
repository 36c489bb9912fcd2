package org.perfeval.web.ui.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.perfeval.web.testing.ChineseText;
import org.perfeval.web.testing.LoggedIn;
import org.perfeval.web.testing.LoggedInAs;
import org.perfeval.web.testing.ScreenTest;
import org.perfeval.web.ui.layout.Routes;
import org.perfeval.workflow.round.RoundEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The rounds screen without a browser: the finance reviewer opens the 2022 round for every department of the bureau
 * and lands on its page; opening it again is refused at the departments field, keeping what was entered.
 */
@SpringBootTest(properties = "perfeval.test.context=rounds")
@ActiveProfiles("test")
@LoggedInAs("finance")
class RoundsViewTest extends ScreenTest {

    @Autowired
    UserDetailsService users;

    @Test
    @SuppressWarnings("unchecked")
    void financeOpensTheYearsRoundAndSeesEachDepartmentAtDrafting() {
        navigate(RoundsView.class);
        test(find(IntegerField.class).id("round-year")).setValue(2022);
        test(find(DatePicker.class).id("round-due")).setValue(LocalDate.now().plusMonths(2));
        test(find(Button.class).id("open-round")).click();

        assertThat(find(H2.class).id("round-title").getText()).isEqualTo("2022 年度部门整体自评任务");
        assertThat(find(Anchor.class).id("round-summary-xlsx").getText()).isEqualTo("下载汇总表（Excel）");
        assertThat(find(Anchor.class).id("round-template-xlsx").getText()).isEqualTo("下载空白自评表（Excel）");
        Grid<RoundEntry> entries = find(Grid.class).id("round-entries");
        assertThat(test(entries).size()).isEqualTo(2);
        assertThat(test(entries).getCellText(0, 1)).isEqualTo("填报");
        assertThat(test(entries).getCellText(1, 1)).isEqualTo("填报");
        ChineseText.assertClean(test(entries).getCellText(0, 0));
        long education = test(entries).getRow(1).evaluationId();

        // the education bureau's drafter opens the draft the round made from the template, empty where it reports
        LoggedIn.as(users, "edu-drafter");
        UI.getCurrent().navigate("evaluations/" + education + "/edit");
        assertThat(currentRoute()).isEqualTo(Routes.EDITOR);
        LoggedIn.as(users, "finance");

        navigate(RoundsView.class);
        test(find(IntegerField.class).id("round-year")).setValue(2022);
        test(find(DatePicker.class).id("round-due")).setValue(LocalDate.now().plusMonths(2));
        test(find(Button.class).id("open-round")).click();
        MultiSelectComboBox<?> departments = find(MultiSelectComboBox.class).id("round-departments");
        assertThat(departments.isInvalid()).isTrue();
        assertThat(departments.getErrorMessage()).contains("已有 2022 年度的部门整体自评任务");
        ChineseText.assertClean(departments.getErrorMessage());
        assertThat(find(IntegerField.class).id("round-year").getValue()).isEqualTo(2022);
        assertThat(currentRoute()).isEqualTo("rounds");
    }
}
