package org.perfeval.web.ui.admin;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.web.i18n.Shown;
import org.perfeval.workflow.calendar.CalendarChange;
import org.perfeval.workflow.calendar.CalendarEntry;
import org.perfeval.workflow.calendar.CalendarRefusedException;
import org.perfeval.workflow.calendar.CalendarService;
import org.perfeval.workflow.calendar.DayKind;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One calendar day added or changed: its date, whether it is a holiday or a make-up working day, and the holiday's
 * name. A refusal is shown at its field and the dialog stays open with everything typed.
 */
class CalendarDayDialog extends Dialog {

    private final DatePicker date = new DatePicker();
    private final Select<DayKind> kind = new Select<>();
    private final TextField name = new TextField();
    private final Paragraph problem = new Paragraph();

    CalendarDayDialog(CalendarService calendar, CalendarEntry entry, Integer year, Consumer<CalendarEntry> kept) {
        setId("calendar-dialog");
        setHeaderTitle(getTranslation(entry == null ? "admin.calendar.add" : "admin.calendar.change"));
        setWidth("min(32rem, 95vw)");
        date.setLabel(getTranslation("admin.calendar.date"));
        date.setId("calendar-date");
        date.setLocale(Shown.locale());
        kind.setLabel(getTranslation("admin.calendar.kind"));
        kind.setId("calendar-kind");
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(Shown::label);
        name.setLabel(getTranslation("admin.name"));
        name.setId("calendar-name");
        name.setMaxLength(64);
        problem.setId("calendar-dialog-problem");
        problem.getStyle().set("color", "#b71c1c");
        if (entry != null) {
            date.setValue(entry.date());
            date.setReadOnly(true);
            kind.setValue(entry.kind());
            name.setValue(entry.name());
        } else {
            date.setInitialPosition(LocalDate.of(year == null ? LocalDate.now().getYear() : year, 1, 1));
            kind.setValue(DayKind.HOLIDAY);
        }
        FormLayout form = new FormLayout(date, kind, name);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, problem);
        Button save = new Button(getTranslation("editor.save"), click -> {
            clearErrors();
            try {
                CalendarEntry saved = calendar.keep(new CalendarChange(date.getValue(), kind.getValue(),
                        name.getValue(), entry == null ? null : entry.version()));
                close();
                kept.accept(saved);
            } catch (CalendarRefusedException refused) {
                refused.fields().forEach(this::mark);
            }
        });
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("calendar-cancel");
        getFooter().add(cancel, save);
    }

    private void mark(FieldRefusal field) {
        String message = Shown.text(field.text());
        switch (field.pointer()) {
            case "/date" -> {
                date.setErrorMessage(message);
                date.setInvalid(true);
            }
            case "/kind" -> {
                kind.setErrorMessage(message);
                kind.setInvalid(true);
            }
            case "/name" -> {
                name.setErrorMessage(message);
                name.setInvalid(true);
            }
            default -> problem.setText(getTranslation("action.refused") + "：" + message);
        }
    }

    private void clearErrors() {
        date.setInvalid(false);
        kind.setInvalid(false);
        name.setInvalid(false);
        problem.setText("");
    }
}
