package org.perfeval.web.ui.admin;

import org.perfeval.core.security.Role;
import org.perfeval.core.security.Roles;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.ui.layout.MainLayout;
import org.perfeval.workflow.deadline.DeadlineService;
import org.perfeval.workflow.deadline.DeadlineView;
import org.perfeval.workflow.process.WorkflowRefusedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Stage deadlines for administrators: days allowed (calendar or working), the reminder, and whom an overdue task is
 * escalated to. New tasks take the new values; a refusal says which field, and a concurrent change is not overwritten.
 */
@Route(value = "admin/deadlines", layout = MainLayout.class)
@Menu(title = "nav.deadlines", order = 60)
@RolesAllowed(Roles.ADMIN)
class DeadlinesView extends VerticalLayout implements HasDynamicTitle {

    private final DeadlineService deadlines;
    private final Div stages = new Div();

    DeadlinesView(DeadlineService deadlines) {
        this.deadlines = deadlines;
        stages.setWidthFull();
        add(new H2(getTranslation("admin.deadlines.title")), new Paragraph(getTranslation("admin.deadlines.help")),
                stages);
        refresh();
    }

    private void refresh() {
        stages.removeAll();
        deadlines.all().forEach(deadline -> stages.add(editor(deadline)));
    }

    private Div editor(DeadlineView deadline) {
        String stage = deadline.stage().name();
        IntegerField days = new IntegerField(getTranslation("admin.deadlines.days"));
        days.setValue(deadline.daysAllowed());
        days.setId("days-" + stage);
        Checkbox working = new Checkbox(getTranslation("admin.deadlines.working"), deadline.workingDays());
        working.setId("working-" + stage);
        IntegerField remind = new IntegerField(getTranslation("admin.deadlines.remind"));
        remind.setValue(deadline.remindBeforeDays());
        remind.setId("remind-" + stage);
        Select<Role> escalate = new Select<>();
        escalate.setLabel(getTranslation("admin.deadlines.escalate"));
        escalate.setItems(Role.values());
        escalate.setItemLabelGenerator(role -> Shown.label(role));
        escalate.setValue(deadline.escalateTo());
        escalate.setId("escalate-" + stage);
        Span problem = new Span();
        problem.setId("problem-" + stage);
        problem.getStyle().set("color", "#b71c1c");
        Button save = new Button(getTranslation("editor.save"), click -> {
            try {
                deadlines.change(new DeadlineView(deadline.stage(), days.getValue() == null ? 0 : days.getValue(),
                        working.getValue(), remind.getValue() == null ? -1 : remind.getValue(), escalate.getValue(),
                        deadline.version(), null, null));
                Notification.show(getTranslation("admin.deadlines.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (WorkflowRefusedException refused) {
                problem.setText(getTranslation("action.refused") + "：" + Shown.text(refused.text()));
            }
        });
        save.setId("save-" + stage);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(days, working, remind, escalate, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 5));
        Div block = new Div(new H3(Shown.label(deadline.stage())), form, problem);
        if (deadline.updatedBy() != null) {
            block.add(new Paragraph(getTranslation("admin.deadlines.changed", deadline.updatedBy())));
        }
        return block;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.deadlines.title") + " · PerfEval";
    }
}
