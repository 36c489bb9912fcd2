package org.perfeval.web.ui.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.perfeval.core.security.Roles;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.ui.layout.MainLayout;
import org.perfeval.workflow.calendar.CalendarEntry;
import org.perfeval.workflow.calendar.CalendarRefusedException;
import org.perfeval.workflow.calendar.CalendarService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The working-day calendar for administrators: a year's holidays and make-up working days (调休), added, changed and
 * removed in a dialog that keeps what was typed when a field is refused; and a preview of what a deadline of so many
 * working days gives. Open tasks' due dates follow each change.
 */
@Route(value = "admin/calendar", layout = MainLayout.class)
@Menu(title = "nav.calendar", order = 65)
@RolesAllowed(Roles.ADMIN)
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarService calendar;
    private final Grid<CalendarEntry> grid = new Grid<>(CalendarEntry.class, false);
    private final IntegerField year = new IntegerField();
    private final Paragraph problem = new Paragraph();

    CalendarView(CalendarService calendar) {
        this.calendar = calendar;
        year.setLabel(getTranslation("admin.calendar.year"));
        year.setId("calendar-year");
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now().getYear());
        year.addValueChangeListener(event -> refresh());
        Button add = new Button(getTranslation("admin.calendar.add"), click -> open(null));
        add.setId("calendar-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(year, add);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        problem.setId("calendar-problem");
        problem.getStyle().set("color", "#b71c1c");
        configureGrid();
        add(new H2(getTranslation("admin.calendar.title")), new Paragraph(getTranslation("admin.calendar.help")),
                bar, problem, grid, new H3(getTranslation("admin.calendar.preview")), preview());
        refresh();
    }

    private void configureGrid() {
        grid.setId("calendar-days");
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("yyyy-MM-dd EEEE", Shown.locale());
        grid.addColumn(entry -> entry.date().format(shown)).setHeader(getTranslation("admin.calendar.date"))
                .setAutoWidth(true);
        grid.addColumn(entry -> Shown.label(entry.kind())).setHeader(getTranslation("admin.calendar.kind"))
                .setAutoWidth(true);
        grid.addColumn(CalendarEntry::name).setHeader(getTranslation("admin.name")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout actions(CalendarEntry entry) {
        Button change = new Button(getTranslation("admin.calendar.change"), click -> open(entry));
        change.setId("change-" + entry.date());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("admin.calendar.remove"), click -> remove(entry));
        remove.setId("remove-" + entry.date());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(change, remove);
    }

    private void open(CalendarEntry entry) {
        problem.setText("");
        new CalendarDayDialog(calendar, entry, year.getValue(), kept -> {
            Notification.show(getTranslation("admin.calendar.saved", kept.date().toString(), kept.name()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (year.getValue() == null || year.getValue() != kept.date().getYear()) {
                year.setValue(kept.date().getYear());
            } else {
                refresh();
            }
        }).open();
    }

    private void remove(CalendarEntry entry) {
        problem.setText("");
        try {
            calendar.remove(entry.date(), entry.version());
            Notification.show(getTranslation("admin.calendar.removed", entry.date().toString(), entry.name()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CalendarRefusedException refused) {
            problem.setText(getTranslation("action.refused") + "：" + Shown.text(refused.text()));
        }
        refresh();
    }

    private FormLayout preview() {
        DatePicker from = new DatePicker(getTranslation("admin.calendar.from"));
        from.setId("preview-from");
        from.setLocale(Shown.locale());
        IntegerField days = new IntegerField(getTranslation("admin.calendar.days"));
        days.setId("preview-days");
        days.setMin(0);
        Span result = new Span();
        result.setId("preview-result");
        Button count = new Button(getTranslation("admin.calendar.count"), click -> {
            from.setInvalid(false);
            days.setInvalid(false);
            try {
                LocalDate date = calendar.addWorkingDays(from.getValue(), days.getValue() == null ? -1
                        : days.getValue());
                result.setText(getTranslation("admin.calendar.result", date.format(DateTimeFormatter
                        .ofPattern("yyyy-MM-dd EEEE", Shown.locale()))));
            } catch (CalendarRefusedException refused) {
                result.setText("");
                boolean fromAtFault = refused.fields().stream().anyMatch(f -> f.pointer().equals("/from"));
                (fromAtFault ? from : days).setErrorMessage(Shown.text(refused.text()));
                (fromAtFault ? from : days).setInvalid(true);
            }
        });
        count.setId("preview-count");
        FormLayout form = new FormLayout(from, days, count, result);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 4));
        return form;
    }

    private void refresh() {
        if (year.getValue() == null) {
            grid.setItems();
            return;
        }
        try {
            year.setInvalid(false);
            grid.setItems(calendar.year(year.getValue()));
        } catch (CalendarRefusedException refused) {
            year.setErrorMessage(Shown.text(refused.text()));
            year.setInvalid(true);
            grid.setItems();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.calendar.title") + " · PerfEval";
    }
}
