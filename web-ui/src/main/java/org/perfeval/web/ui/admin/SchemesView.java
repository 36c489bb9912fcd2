package org.perfeval.web.ui.admin;

import java.util.stream.Collectors;

import org.perfeval.core.scheme.SchemeRefusedException;
import org.perfeval.core.scheme.SchemeService;
import org.perfeval.core.scheme.SchemeView;
import org.perfeval.core.security.Roles;
import org.perfeval.core.web.EditConflictException;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.ui.layout.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Scoring schemes for administrators: every scheme with its JSON; the published ones read-only, copied to change;
 * a stored copy edited and saved only when it validates, each refusal with its place in the JSON.
 */
@Route(value = "admin/schemes", layout = MainLayout.class)
@Menu(title = "nav.schemes", order = 70)
@RolesAllowed(Roles.ADMIN)
class SchemesView extends VerticalLayout implements HasDynamicTitle {

    private final SchemeService schemes;
    private final Grid<SchemeView> grid = new Grid<>(SchemeView.class, false);
    private final TextArea json = new TextArea();
    private final TextField copyId = new TextField();
    private final Button save = new Button();
    private final Paragraph problems = new Paragraph();
    private SchemeView selected;

    SchemesView(SchemeService schemes) {
        this.schemes = schemes;
        grid.setId("schemes");
        grid.addColumn(SchemeView::id).setHeader(getTranslation("admin.schemes.id")).setAutoWidth(true);
        grid.addColumn(scheme -> "zh".equals(getLocale().getLanguage()) ? scheme.nameZh() : scheme.nameEn())
                .setHeader(getTranslation("admin.name")).setFlexGrow(1);
        grid.addColumn(SchemeView::schemeVersion).setHeader(getTranslation("admin.schemes.version"))
                .setAutoWidth(true);
        grid.addColumn(scheme -> getTranslation(scheme.builtIn() ? "admin.schemes.published" : "admin.schemes.stored"))
                .setHeader(getTranslation("admin.users.state")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        json.setId("scheme-json");
        json.setWidthFull();
        json.setMaxLength(200_000);
        json.getStyle().set("font-family", "monospace").set("font-size", "0.8rem");
        json.setHeight("24rem");
        copyId.setId("copy-id");
        copyId.setLabel(getTranslation("admin.schemes.copyId"));
        Button copy = new Button(getTranslation("admin.schemes.copy"), click -> copy());
        copy.setId("copy-scheme");
        save.setText(getTranslation("editor.save"));
        save.setId("save-scheme");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        problems.setId("scheme-problems");
        problems.getStyle().set("color", "#b71c1c").set("white-space", "pre-line");
        HorizontalLayout actions = new HorizontalLayout(copyId, copy, save);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("admin.schemes.title")), new Paragraph(getTranslation("admin.schemes.help")), grid,
                actions, problems, json);
        refresh(null);
    }

    private void refresh(String select) {
        var all = schemes.all();
        grid.setItems(all);
        all.stream().filter(scheme -> scheme.id().equals(select)).findFirst().ifPresentOrElse(grid::select,
                () -> grid.select(all.getFirst()));
    }

    private void show(SchemeView scheme) {
        selected = scheme;
        problems.setText("");
        if (scheme == null) {
            return;
        }
        json.setValue(scheme.json());
        json.setReadOnly(scheme.builtIn());
        save.setEnabled(!scheme.builtIn());
    }

    private void copy() {
        problems.setText("");
        try {
            SchemeView copy = schemes.copy(selected.id(), copyId.getValue().strip());
            Notification.show(getTranslation("admin.schemes.copied", copy.id()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            copyId.clear();
            refresh(copy.id());
        } catch (SchemeRefusedException refused) {
            explain(refused);
        }
    }

    private void save() {
        problems.setText("");
        try {
            SchemeView saved = schemes.save(selected.id(), json.getValue(), selected.rowVersion());
            Notification.show(getTranslation("admin.schemes.saved", saved.id(), saved.schemeVersion()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh(saved.id());
        } catch (SchemeRefusedException refused) {
            explain(refused);
        } catch (EditConflictException conflict) {
            problems.setText(getTranslation("admin.schemes.conflict"));
        }
    }

    private void explain(SchemeRefusedException refused) {
        problems.setText(getTranslation("admin.schemes.refused") + "\n" + refused.fields().stream()
                .map(field -> "· " + Shown.text(field.text())).collect(Collectors.joining("\n")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.schemes.title") + " · PerfEval";
    }
}
