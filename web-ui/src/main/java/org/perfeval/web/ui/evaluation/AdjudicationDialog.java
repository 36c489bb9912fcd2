package org.perfeval.web.ui.evaluation;

import org.perfeval.core.evaluation.adjudication.StoredAdjudication;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.web.i18n.Shown;
import org.perfeval.workflow.adjudication.AdjudicationService;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * 认定: the finance reviewer gives the score of a row the rules cannot decide, within its weight, and why. A refusal
 * is shown at its field and the dialog stays open with what was typed; a decision made closes it.
 */
class AdjudicationDialog extends Dialog {

    private final BigDecimalField score = new BigDecimalField();
    private final TextArea reason = new TextArea();
    private final Paragraph message = new Paragraph();

    AdjudicationDialog(AdjudicationService adjudications, long id, RowResult row, StoredAdjudication current,
                       Runnable done) {
        setId("adjudication-dialog");
        setHeaderTitle(getTranslation("adjudication.title", row.index() + 1, row.level3()));
        setWidth("min(36rem, 95vw)");
        Paragraph kept = new Paragraph(getTranslation("adjudication.kept",
                row.selfScore() == null ? "—" : row.selfScore().toPlainString()));
        score.setLabel(getTranslation("adjudication.score", row.weight().stripTrailingZeros().toPlainString()));
        score.setId("adjudication-score");
        score.setWidthFull();
        reason.setLabel(getTranslation("adjudication.reason"));
        reason.setId("adjudication-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        if (current != null) {
            score.setValue(current.score().stripTrailingZeros());
            reason.setValue(current.reason());
        }
        message.setId("adjudication-message");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        add(kept, score, reason, message);
        Button confirm = new Button(getTranslation("adjudication.confirm"), click -> attempt(done,
                () -> adjudications.adjudicate(id, row.index(), score.getValue(), reason.getValue())));
        confirm.setId("confirm-adjudication");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        if (current != null) {
            Button withdraw = new Button(getTranslation("adjudication.withdraw"), click -> attempt(done,
                    () -> adjudications.withdraw(id, row.index())));
            withdraw.setId("withdraw-adjudication");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(withdraw);
        }
        getFooter().add(cancel, confirm);
    }

    private void attempt(Runnable done, Runnable decision) {
        score.setInvalid(false);
        reason.setInvalid(false);
        message.setText("");
        try {
            decision.run();
            close();
            done.run();
        } catch (RefusedException refused) {
            if (refused.fields().isEmpty()) {
                message.setText(getTranslation("action.refused") + "：" + Shown.text(refused.text()));
            }
            for (FieldRefusal field : refused.fields()) {
                switch (field.pointer()) {
                    case "/score" -> invalid(score, field);
                    case "/reason" -> invalid(reason, field);
                    default -> message.setText(Shown.text(field.text()));
                }
            }
        } catch (AccessDeniedException denied) {
            message.setText(getTranslation("action.refused") + "：" + getTranslation("adjudication.denied"));
        }
    }

    private static void invalid(BigDecimalField field, FieldRefusal refusal) {
        field.setErrorMessage(Shown.text(refusal.text()));
        field.setInvalid(true);
    }

    private static void invalid(TextArea field, FieldRefusal refusal) {
        field.setErrorMessage(Shown.text(refusal.text()));
        field.setInvalid(true);
    }
}
