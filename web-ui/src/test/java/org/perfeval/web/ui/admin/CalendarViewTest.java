package org.perfeval.web.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.perfeval.web.testing.ChineseText;
import org.perfeval.web.testing.LoggedInAs;
import org.perfeval.web.testing.ScreenTest;
import org.perfeval.workflow.calendar.CalendarEntry;
import org.perfeval.workflow.calendar.CalendarService;
import org.perfeval.workflow.calendar.DayKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The calendar screen without a browser: the official 2026 schedule listed in Chinese, a make-up day on a weekday
 * refused at its field with the dialog keeping what was typed, a holiday added and removed, the preview counted.
 */
@SpringBootTest(properties = "perfeval.test.context=calendar")
@ActiveProfiles("test")
@LoggedInAs("admin")
class CalendarViewTest extends ScreenTest {

    private static final LocalDate TUESDAY = LocalDate.parse("2026-12-29");

    @Autowired
    CalendarService calendar;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorAddsAHolidayAfterARefusalAtTheFieldAndRemovesIt() {
        navigate(CalendarView.class);
        test(find(IntegerField.class).id("calendar-year")).setValue(2026);
        Grid<CalendarEntry> grid = find(Grid.class).id("calendar-days");
        assertThat(test(grid).size()).isEqualTo(39);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("2026-01-01 星期四");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("放假");
        assertThat(test(grid).getCellText(3, 1)).isEqualTo("调休上班");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("元旦");

        test(find(Button.class).id("calendar-add")).click();
        test(find(DatePicker.class).id("calendar-date")).setValue(TUESDAY);
        test((Select<DayKind>) find(Select.class).id("calendar-kind")).selectItem("调休上班");
        test(find(TextField.class).id("calendar-name")).setValue("年末调休");
        test(find(Button.class).id("calendar-save")).click();

        Select<DayKind> kind = find(Select.class).id("calendar-kind");
        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).contains("2026-12-29", "周六或周日");
        ChineseText.assertClean(kind.getErrorMessage());
        assertThat(find(DatePicker.class).id("calendar-date").getValue()).isEqualTo(TUESDAY);
        assertThat(find(TextField.class).id("calendar-name").getValue()).isEqualTo("年末调休");
        assertThat(test(grid).size()).isEqualTo(39);

        test(kind).selectItem("放假");
        test(find(TextField.class).id("calendar-name")).setValue("年末假日");
        test(find(Button.class).id("calendar-save")).click();
        assertThat(test(grid).size()).isEqualTo(40);
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-28"), 1)).isEqualTo("2026-12-30");

        assertThat(test(grid).getCellText(39, 0)).isEqualTo("2026-12-29 星期二");
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(39, 3);
        Button remove = (Button) actions.getComponentAt(1);
        assertThat(remove.getText()).isEqualTo("删除");
        test(remove).click();
        assertThat(test(grid).size()).isEqualTo(39);
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-28"), 1)).isEqualTo(TUESDAY);
    }

    @Test
    void thePreviewCountsThreeWorkingDaysFromTheEveOfNationalDayToTheWorkedSaturday() {
        navigate(CalendarView.class);
        test(find(DatePicker.class).id("preview-from")).setValue(LocalDate.parse("2026-09-30"));
        test(find(IntegerField.class).id("preview-days")).setValue(3);
        test(find(Button.class).id("preview-count")).click();
        assertThat(find(Span.class).id("preview-result").getText()).isEqualTo("到期日：2026-10-10 星期六");

        test(find(IntegerField.class).id("preview-days")).setValue(400);
        test(find(Button.class).id("preview-count")).click();
        IntegerField days = find(IntegerField.class).id("preview-days");
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).startsWith("工作日数");
    }
}
