package org.perfeval.web.ui.evaluation;

import java.util.List;
import java.util.Set;

import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.Finding;
import org.perfeval.web.i18n.Shown;
import org.perfeval.workflow.process.SubmissionRefusedException;
import org.perfeval.workflow.process.WorkflowAction;
import org.perfeval.workflow.rectification.RectificationItemView;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The workflow steps the user may take now on one evaluation, as buttons; the server decides and checks again. A
 * refused step says why; a refused submission lists the scorer's errors.
 */
class ActionBar extends HorizontalLayout {

    private final WorkflowRecords workflow;
    private final long id;
    private final SelfEvaluationDocument document;
    private final Runnable refresh;
    private final Div messages = new Div();

    ActionBar(WorkflowRecords workflow, long id, SelfEvaluationDocument document,
              Set<WorkflowAction> actions, Runnable refresh) {
        this.workflow = workflow;
        this.id = id;
        this.document = document;
        this.refresh = refresh;
        setId("actions");
        getStyle().set("flex-wrap", "wrap");
        for (WorkflowAction action : WorkflowAction.values()) {
            if (!actions.contains(action) || action == WorkflowAction.START) {
                continue;
            }
            Button button = new Button(Shown.label(action), click -> take(action));
            button.setId("action-" + action.name().toLowerCase());
            if (action == WorkflowAction.SUBMIT || action == WorkflowAction.APPROVE
                    || action == WorkflowAction.PUBLISH || action == WorkflowAction.RESUBMIT) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            add(button);
        }
        messages.setId("action-messages");
        add(messages);
    }

    private void take(WorkflowAction action) {
        switch (action) {
            case RETURN -> askReason();
            case SEND_BACK -> new SendBackDialog(document, (reason, items) -> run(
                    () -> workflow.steps().sendBack(id, reason, items))).open();
            case RESUBMIT -> new ResubmitDialog(document, openItems(), answers -> run(
                    () -> workflow.steps().resubmit(id, answers))).open();
            case TRANSFER -> askRecipient();
            default -> step(action);
        }
    }

    /** The items of the latest round: what this rectification has to answer. */
    private List<RectificationItemView> openItems() {
        List<RectificationItemView> items = workflow.rectification().items(id);
        int round = items.stream().mapToInt(RectificationItemView::round).max().orElse(0);
        return items.stream().filter(item -> item.round() == round).toList();
    }

    private void askRecipient() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("action.TRANSFER"));
        TextField username = new TextField(getTranslation("transfer.username"));
        username.setId("transfer-username");
        Button confirm = new Button(getTranslation("action.TRANSFER"), click -> {
            dialog.close();
            run(() -> workflow.steps().transfer(id, username.getValue().strip()));
        });
        confirm.setId("confirm-transfer");
        dialog.add(username);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void step(WorkflowAction action) {
        run(() -> {
            switch (action) {
                case SUBMIT -> workflow.steps().submit(id);
                case APPROVE -> workflow.steps().approve(id, null);
                case PUBLISH -> workflow.disclosure().publish(id);
                case WITHDRAW -> workflow.steps().withdraw(id);
                case CLAIM -> workflow.steps().claim(id);
                case UNCLAIM -> workflow.steps().unclaim(id);
                default -> throw new IllegalArgumentException(action.name());
            }
        });
    }

    private void askReason() {
        Dialog dialog = new Dialog();
        TextArea reason = new TextArea(getTranslation("action.reason"));
        reason.setId("reason");
        reason.setWidthFull();
        reason.setMaxLength(4000);
        Button confirm = new Button(getTranslation("action.RETURN"), click -> {
            dialog.close();
            run(() -> workflow.steps().returnToDrafters(id, reason.getValue()));
        });
        confirm.setId("confirm-return");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void run(Runnable step) {
        messages.removeAll();
        try {
            step.run();
            Notification.show(getTranslation("action.done"));
            refresh.run();
        } catch (SubmissionRefusedException refused) {
            UnorderedList errors = new UnorderedList();
            for (Finding error : refused.errors()) {
                errors.add(new ListItem(Shown.text(error.text())));
            }
            messages.add(new Paragraph(getTranslation("action.submissionRefused")), errors);
        } catch (RefusedException refused) {
            messages.add(new Paragraph(getTranslation("action.refused") + "：" + Shown.text(refused.text())));
        }
    }
}
