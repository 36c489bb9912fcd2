package org.perfeval.web.ui.editor;

import org.perfeval.web.i18n.Shown;

import java.math.BigDecimal;
import java.util.function.Function;

import org.perfeval.scoring.document.MainTask;
import org.perfeval.scoring.document.ReportSection;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The form's other parts: annual goal, main tasks, the budget, and the eight sections of the written report. */
final class GeneralSection {

    private GeneralSection() {
    }

    static VerticalLayout goalAndBudget(DocumentDraft draft, Runnable changed, String notANumber,
                                        Function<String, String> t) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(Fields.area(t.apply("editor.goal"), draft.goal, 4000, v -> draft.goal = v, changed),
                Fields.area(t.apply("editor.goalCompletion"), draft.goalCompletion, 4000,
                        v -> draft.goalCompletion = v, changed));
        FormLayout budget = new FormLayout(
                Fields.number(t.apply("editor.budgetInitial"), draft.budgetInitial, notANumber,
                        v -> draft.budgetInitial = v, changed),
                Fields.number(t.apply("editor.budgetAdjusted"), draft.budgetAdjusted, notANumber,
                        v -> draft.budgetAdjusted = v, changed),
                Fields.number(t.apply("editor.budgetExecuted"), draft.budgetExecuted, notANumber,
                        v -> draft.budgetExecuted = v, changed));
        budget.setId("budget");
        budget.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        layout.add(new H3(t.apply("editor.budget")), budget, new H3(t.apply("editor.tasks")), tasks(draft, changed,
                notANumber, t));
        return layout;
    }

    private static Div tasks(DocumentDraft draft, Runnable changed, String notANumber,
                             Function<String, String> t) {
        Div tasks = new Div();
        tasks.setId("tasks");
        Runnable[] render = new Runnable[1];
        render[0] = () -> {
            tasks.removeAll();
            for (int i = 0; i < draft.tasks.size(); i++) {
                int index = i;
                MainTask task = draft.tasks.get(i);
                FormLayout row = new FormLayout(
                        Fields.text(t.apply("editor.taskName"), task.name(), 200,
                                v -> replace(draft, index, v, null, null, null), changed),
                        Fields.number(t.apply("editor.taskBudget"), task.budget(), notANumber,
                                v -> replace(draft, index, null, v, null, null), changed),
                        Fields.number(t.apply("editor.taskExecuted"), task.executed(), notANumber,
                                v -> replace(draft, index, null, null, v, null), changed),
                        Fields.area(t.apply("editor.taskCompletion"), task.completion(), 4000,
                                v -> replace(draft, index, null, null, null, v), changed),
                        new Button(t.apply("editor.remove"), click -> {
                            draft.tasks.remove(index);
                            render[0].run();
                            changed.run();
                        }));
                row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                        new FormLayout.ResponsiveStep("40em", 3));
                row.getStyle().set("border-bottom", "1px solid rgba(0,0,0,0.1)").set("padding-bottom", "0.5rem");
                tasks.add(row);
            }
            tasks.add(new Button(t.apply("editor.addTask"), click -> {
                draft.tasks.add(new MainTask("", "", null, null, null, null, ""));
                render[0].run();
                changed.run();
            }));
        };
        render[0].run();
        return tasks;
    }

    private static void replace(DocumentDraft draft, int index, String name, BigDecimal budget,
                                BigDecimal executed, String completion) {
        MainTask old = draft.tasks.get(index);
        draft.tasks.set(index, new MainTask(name == null ? old.name() : name, old.content(),
                budget == null ? old.budget() : budget, old.fiscalBudget(),
                executed == null ? old.executed() : executed, old.fiscalExecuted(),
                completion == null ? old.completion() : completion));
    }

    static VerticalLayout report(DocumentDraft draft, Runnable changed) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("report");
        for (ReportSection section : ReportSection.inOrder()) {
            layout.add(Fields.area(Shown.label(section), draft.report.get(section), 20000,
                    v -> draft.report.put(section, v), changed));
        }
        return layout;
    }
}
