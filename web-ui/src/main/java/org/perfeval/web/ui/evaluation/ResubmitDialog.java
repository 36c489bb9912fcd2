package org.perfeval.web.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.workflow.rectification.RectificationAnswer;
import org.perfeval.workflow.rectification.RectificationItemView;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/** Rectification: each open item, the row it concerns beside it, and the drafter's answer; then resubmit. */
class ResubmitDialog extends Dialog {

    ResubmitDialog(SelfEvaluationDocument document, List<RectificationItemView> open,
                   Consumer<List<RectificationAnswer>> resubmit) {
        setId("resubmit-dialog");
        setHeaderTitle(getTranslation("action.RESUBMIT"));
        setWidth("min(48rem, 95vw)");
        List<Runnable> collect = new ArrayList<>();
        List<RectificationAnswer> answers = new ArrayList<>();
        for (RectificationItemView item : open) {
            Div block = new Div();
            block.getStyle().set("border-bottom", "1px solid rgba(0,0,0,0.1)").set("padding", "0.5rem 0");
            if (item.indicatorRow() != null && item.indicatorRow() < document.indicators().size()) {
                var row = document.indicators().get(item.indicatorRow());
                Span concerned = new Span(getTranslation("editor.row", item.indicatorRow() + 1) + " · "
                        + row.level1() + " / " + row.level3() + " · " + getTranslation("evaluation.target") + " "
                        + row.target() + " · " + getTranslation("evaluation.actual") + " " + row.actual());
                concerned.getStyle().set("font-weight", "600");
                block.add(concerned);
            }
            block.add(new Paragraph(getTranslation("rectification.request") + "：" + item.request()));
            TextArea answer = new TextArea(getTranslation("rectification.answer"));
            answer.setId("answer-" + item.id());
            answer.setWidthFull();
            answer.setMaxLength(4000);
            block.add(answer);
            collect.add(() -> answers.add(new RectificationAnswer(item.id(), answer.getValue())));
            add(block);
        }
        Button confirm = new Button(getTranslation("action.RESUBMIT"), click -> {
            answers.clear();
            collect.forEach(Runnable::run);
            close();
            resubmit.accept(List.copyOf(answers));
        });
        confirm.setId("confirm-resubmit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
