package org.perfeval.web.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.testing.Forms;
import org.perfeval.web.testing.LoggedIn;
import org.perfeval.web.testing.ScreenTest;
import org.perfeval.workflow.inbox.InboxItem;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/** The inbox's filters without a browser, on a form the drafter submitted. */
@SpringBootTest(properties = "perfeval.test.context=work")
@ActiveProfiles("test")
class InboxViewTest extends ScreenTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    WorkflowService workflow;

    @Test
    @SuppressWarnings("unchecked")
    void theInboxFiltersByStageAndOverdueAndCountsWhatItHolds() {
        long id = LoggedIn.as(users, "drafter", () -> evaluations.importJson(Forms.submittableProject("待办筛选")).id());
        LoggedIn.as(users, "drafter", () -> workflow.submit(id));
        LoggedIn.as(users, "reviewer");
        navigate(InboxView.class);
        Grid<InboxItem> inbox = find(Grid.class).id("inbox");
        assertThat(test(inbox).size()).isEqualTo(1);
        assertThat(test(inbox).getRow(0).evaluationId()).isEqualTo(id);
        assertThat(find(Span.class).id("inbox-count").getText()).isEqualTo("共 1 项");

        test((Select<EvaluationStatus>) find(Select.class).id("inbox-stage")).selectItem("财政审核");
        assertThat(test(inbox).size()).isZero();
        test((Select<EvaluationStatus>) find(Select.class).id("inbox-stage")).selectItem("内部审核");
        assertThat(test(inbox).size()).isEqualTo(1);
        test(find(Checkbox.class).id("inbox-overdue")).click();
        assertThat(test(inbox).size()).isZero();
    }
}
