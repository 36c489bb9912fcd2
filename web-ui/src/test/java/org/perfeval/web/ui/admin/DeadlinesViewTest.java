package org.perfeval.web.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.web.testing.ChineseText;
import org.perfeval.web.testing.LoggedInAs;
import org.perfeval.web.testing.ScreenTest;
import org.perfeval.workflow.deadline.DeadlineService;
import org.perfeval.workflow.deadline.DeadlineView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;

/** The administrators' deadline screen without a browser: a change is stored, a bad one refused by field. */
@SpringBootTest(properties = "perfeval.test.context=deadlines")
@ActiveProfiles("test")
@LoggedInAs("admin")
class DeadlinesViewTest extends ScreenTest {

    @Autowired
    DeadlineService deadlines;

    @Test
    void anAdministratorChangesAStagesDaysAndABadReminderIsRefusedByField() {
        navigate(DeadlinesView.class);
        test(find(IntegerField.class).id("days-FINANCE_CHECK")).setValue(12);
        test(find(IntegerField.class).id("remind-FINANCE_CHECK")).setValue(2);
        test(find(Button.class).id("save-FINANCE_CHECK")).click();
        assertThat(stage(EvaluationStatus.FINANCE_CHECK).daysAllowed()).isEqualTo(12);
        assertThat(stage(EvaluationStatus.FINANCE_CHECK).updatedBy()).isEqualTo("admin");

        test(find(IntegerField.class).id("remind-PUBLICATION")).setValue(99);
        test(find(Button.class).id("save-PUBLICATION")).click();
        String problem = find(Span.class).id("problem-PUBLICATION").getText();
        assertThat(problem).contains("提前提醒天数");
        ChineseText.assertClean(problem);
        assertThat(stage(EvaluationStatus.PUBLICATION).remindBeforeDays()).isLessThan(99);
    }

    private DeadlineView stage(EvaluationStatus status) {
        return deadlines.all().stream().filter(d -> d.stage() == status).findFirst().orElseThrow();
    }
}
