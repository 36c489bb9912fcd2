package org.perfeval.web.ui.editor;

import java.util.List;
import java.util.Locale;

import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.web.i18n.Shown;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** One indicator row as a card: its fields, its computed score, and buttons to move or remove it. */
class IndicatorCard extends Div {

    /** What the list does when a card asks to move or go. */
    interface Moves {
        void up(IndicatorDraft row);

        void down(IndicatorDraft row);

        void remove(IndicatorDraft row);
    }

    private final Span heading = new Span();
    private final Span computed = new Span();
    private final IndicatorDraft row;

    IndicatorCard(IndicatorDraft row, int index, List<String> level1Names, Runnable changed, Moves moves) {
        this.row = row;
        setId("indicator-" + index);
        addClassName("perfeval-indicator");
        getStyle().set("border", "1px solid rgba(0,0,0,0.15)").set("border-radius", "0.5rem")
                .set("padding", "0.5rem 0.75rem").set("margin-bottom", "0.5rem");
        heading.setText(getTranslation("editor.row", index + 1));
        heading.getStyle().set("font-weight", "600");
        computed.addClassName("perfeval-row-score");
        Button up = small("↑", getTranslation("editor.up"), click -> moves.up(row));
        Button down = small("↓", getTranslation("editor.down"), click -> moves.down(row));
        Button remove = small("✕", getTranslation("editor.remove"), click -> moves.remove(row));
        remove.setId("remove-" + index);
        HorizontalLayout top = new HorizontalLayout(heading, computed, up, down, remove);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.getStyle().set("flex-wrap", "wrap");
        top.expand(computed);

        ComboBox<String> level1 = new ComboBox<>(getTranslation("evaluation.level1"));
        level1.setItems(level1Names);
        level1.setValue(row.level1);
        level1.setId("level1-" + index);
        level1.addValueChangeListener(event -> {
            row.level1 = event.getValue();
            changed.run();
        });
        String notANumber = getTranslation("editor.notANumber");
        FormLayout form = new FormLayout(level1,
                Fields.text(getTranslation("editor.level2"), row.level2, 200, v -> row.level2 = v, changed),
                Fields.text(getTranslation("evaluation.level3"), row.level3, 200, v -> row.level3 = v, changed),
                Fields.text(getTranslation("evaluation.target"), row.target, 200, v -> row.target = v, changed),
                direction(index, changed),
                actualOrTier(changed),
                Fields.number(getTranslation("evaluation.weight"), row.weight, notANumber, v -> row.weight = v,
                        changed),
                Fields.number(getTranslation("evaluation.selfScore"), row.selfScore, notANumber,
                        v -> row.selfScore = v, changed),
                Fields.text(getTranslation("editor.deviation"), row.deviationReason, 1000,
                        v -> row.deviationReason = v, changed),
                notApplicable(changed));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        add(top, form);
    }

    private Button small(String text, String label, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button(text, click);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    /** A qualitative row picks its tier; any other row states its actual value. */
    private Component actualOrTier(Runnable changed) {
        if (!row.qualitative()) {
            return Fields.text(getTranslation("evaluation.actual"), row.actual, 200, v -> row.actual = v, changed);
        }
        Select<Tier> tier = new Select<>();
        tier.setLabel(getTranslation("editor.tier"));
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(Shown::label);
        tier.setValue(row.tier);
        tier.addValueChangeListener(event -> {
            row.tier = event.getValue();
            // the form states the tier itself as the actual, in the form's own (Chinese) words
            row.actual = event.getValue() == null ? row.actual : Shown.label(event.getValue(), Locale.SIMPLIFIED_CHINESE);
            changed.run();
        });
        return tier;
    }

    /** 指标性质: left empty, the scorer infers it from the target, unit and name and says so. */
    private Select<Direction> direction(int index, Runnable changed) {
        Select<Direction> direction = new Select<>();
        direction.setId("direction-" + index);
        direction.setLabel(getTranslation("editor.direction"));
        direction.setItems(Direction.values());
        direction.setEmptySelectionAllowed(true);
        direction.setEmptySelectionCaption(getTranslation("editor.directionInferred"));
        direction.setItemLabelGenerator(d -> d == null ? getTranslation("editor.directionInferred") : Shown.label(d));
        direction.setValue(row.direction);
        direction.addValueChangeListener(event -> {
            row.direction = event.getValue();
            changed.run();
        });
        return direction;
    }

    private Checkbox notApplicable(Runnable changed) {
        Checkbox box = new Checkbox(getTranslation("editor.notApplicable"), row.notApplicable);
        box.addValueChangeListener(event -> {
            row.notApplicable = event.getValue();
            changed.run();
        });
        return box;
    }

    void show(RowResult result, String explanation) {
        computed.setText(result == null ? "" : getTranslation("editor.computed", result.score().toPlainString(),
                result.weight().toPlainString()) + (explanation == null ? "" : " · " + explanation));
    }

    void highlight() {
        getStyle().set("outline", "3px solid #f59e0b");
        scrollIntoView();
    }

    void unhighlight() {
        getStyle().remove("outline");
    }
}
