package org.perfeval.web.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.web.testing.LoggedIn;
import org.perfeval.web.testing.ScreenTest;
import org.perfeval.workflow.notification.NotificationService;
import org.perfeval.workflow.notification.NotificationView;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** The notifications and the header's bell without a browser, on a form the reviewer returned. */
@SpringBootTest(properties = "perfeval.test.context=work")
@ActiveProfiles("test")
class NotificationsViewTest extends ScreenTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    WorkflowService workflow;
    @Autowired
    NotificationService notifications;

    @Test
    @SuppressWarnings("unchecked")
    void aReturnNotifiesTheDraftersWhoSeeTheCountAndMarkItRead() {
        long id = LoggedIn.as(users, "drafter", () -> evaluations.importJson(Forms.submittableProject("通知")).id());
        LoggedIn.as(users, "drafter", () -> workflow.submit(id));
        LoggedIn.as(users, "reviewer", () -> workflow.returnToDrafters(id, "请补充预算说明"));
        // notifications are stored after the step commits, on another thread
        await().atMost(Duration.ofSeconds(10)).until(() -> LoggedIn.as(users, "drafter",
                () -> notifications.mine()).stream().anyMatch(n -> n.evaluationId() == id));

        LoggedIn.as(users, "drafter");
        navigate(NotificationsView.class);
        assertThat(find(RouterLink.class).id("notifications-bell").getText()).isEqualTo("通知（1）");
        Grid<NotificationView> list = find(Grid.class).id("notifications");
        assertThat(test(list).size()).isEqualTo(1);
        assertThat(((Span) test(list).getCellComponent(0, 1)).getText()).contains("内部审核退回", "请补充预算说明");

        Button read = (Button) test(list).getCellComponent(0, 2).getChildren().skip(1).findFirst().orElseThrow();
        test(read).click();
        assertThat(find(RouterLink.class).id("notifications-bell").getText()).isEqualTo("通知（0）");
    }
}
