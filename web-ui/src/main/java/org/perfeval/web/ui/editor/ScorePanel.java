package org.perfeval.web.ui.editor;

import java.util.function.IntConsumer;

import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.web.i18n.Shown;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The live score beside the form: total and grade, then every finding, each leading to the row it concerns. */
class ScorePanel extends VerticalLayout {

    private final Span total = new Span();
    private final Div findings = new Div();
    private final IntConsumer focusRow;

    ScorePanel(IntConsumer focusRow) {
        this.focusRow = focusRow;
        setId("live-score");
        setPadding(false);
        total.setId("live-total");
        total.getStyle().set("font-size", "1.25rem").set("font-weight", "600");
        findings.setId("live-findings");
        add(new H3(getTranslation("editor.liveScore")), total, findings);
    }

    void show(ScoreResult score) {
        total.setText(getTranslation("evaluation.total") + "：" + Shown.total(score));
        findings.removeAll();
        for (Finding finding : score.findings()) {
            Div line = new Div();
            line.addClassName("perfeval-finding");
            line.getStyle().set("margin", "0.25rem 0");
            Span severity = new Span(Shown.label(finding.severity()));
            severity.getElement().getThemeList().add(switch (finding.severity()) {
                case ERROR -> "badge error";
                case WARNING -> "badge";
                case INFO -> "badge contrast";
            });
            line.add(severity, new Span(" " + Shown.text(finding.text()) + " "));
            int row = rowOf(finding.pointer());
            if (row >= 0) {
                Button go = new Button(getTranslation("editor.toRow", row + 1), click -> focusRow.accept(row));
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                line.add(go);
            }
            findings.add(line);
        }
    }

    /** The row a pointer such as /indicators/7/weight names, or -1. */
    static int rowOf(String pointer) {
        if (pointer == null || !pointer.startsWith("/indicators/")) {
            return -1;
        }
        String rest = pointer.substring("/indicators/".length());
        int slash = rest.indexOf('/');
        try {
            return Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
