package org.perfeval.web.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.web.i18n.Shown;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The indicator tree (一级/二级/三级) as cards in form order: rows added, removed, moved; each with its score. */
class IndicatorList extends VerticalLayout {

    private final DocumentDraft draft;
    private final Runnable changed;
    private final Div cards = new Div();
    private final List<IndicatorCard> shown = new ArrayList<>();

    IndicatorList(DocumentDraft draft, Runnable changed) {
        this.draft = draft;
        this.changed = changed;
        setPadding(false);
        cards.setWidthFull();
        Button add = new Button(getTranslation("editor.addRow"), click -> {
            List<String> names = draft.level1Names();
            draft.indicators.add(IndicatorDraft.blank(names.isEmpty() ? "" : names.getLast()));
            structureChanged();
        });
        add.setId("add-row");
        add(cards, add);
        render();
    }

    private void structureChanged() {
        render();
        changed.run();
    }

    private void render() {
        cards.removeAll();
        shown.clear();
        List<String> names = draft.level1Names();
        IndicatorCard.Moves moves = new IndicatorCard.Moves() {
            @Override
            public void up(IndicatorDraft row) {
                move(row, -1);
            }

            @Override
            public void down(IndicatorDraft row) {
                move(row, 1);
            }

            @Override
            public void remove(IndicatorDraft row) {
                draft.indicators.remove(row);
                structureChanged();
            }
        };
        for (int i = 0; i < draft.indicators.size(); i++) {
            IndicatorCard card = new IndicatorCard(draft.indicators.get(i), i, names, changed, moves);
            shown.add(card);
            cards.add(card);
        }
    }

    private void move(IndicatorDraft row, int by) {
        int from = draft.indicators.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= draft.indicators.size()) {
            return;
        }
        Collections.swap(draft.indicators, from, to);
        structureChanged();
    }

    void show(ScoreResult score) {
        for (int i = 0; i < shown.size(); i++) {
            final int index = i;
            RowResult row = score.indicators().stream().filter(r -> r.index() == index).findFirst().orElse(null);
            shown.get(i).show(row, row == null ? null : Shown.text(row.explanation()));
        }
    }

    /** Brings the card of row {@code index} into view and marks it, as a finding's link asks. */
    void focus(int index) {
        shown.forEach(IndicatorCard::unhighlight);
        if (index >= 0 && index < shown.size()) {
            shown.get(index).highlight();
        }
    }
}
