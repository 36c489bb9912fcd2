package org.perfeval.web.ui.round;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;

import org.perfeval.core.scheme.SchemeService;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.Roles;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.xlsx.WorkbookReader;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.ui.layout.MainLayout;
import org.perfeval.web.ui.layout.Routes;
import org.perfeval.workflow.round.RoundEntry;
import org.perfeval.workflow.round.RoundRefusedException;
import org.perfeval.workflow.round.RoundService;
import org.perfeval.workflow.round.RoundSummaryWorkbook;
import org.perfeval.workflow.round.RoundView;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * One round: each department's stage, its own and the computed score with grade, and whether it is overdue; each row
 * opens the form. In a project round a drafter of a covered department starts a project's form here.
 */
@Route(value = "rounds/:id", layout = MainLayout.class)
@RolesAllowed({Roles.DRAFTER, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER, Roles.ADMIN})
class RoundPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundService rounds;
    private final RoundSummaryWorkbook summaries;
    private final SchemeService schemes;
    private String title = "";

    RoundPage(RoundService rounds, RoundSummaryWorkbook summaries, SchemeService schemes) {
        this.rounds = rounds;
        this.summaries = summaries;
        this.schemes = schemes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong("id").orElse(-1L));
    }

    private void show(long id) {
        removeAll();
        RoundView round;
        try {
            round = rounds.round(id);
        } catch (RoundRefusedException refused) {
            add(new Paragraph(Shown.text(refused.text())));
            return;
        }
        title = getTranslation("round.title", String.valueOf(round.year()), Shown.label(round.kind()));
        H2 heading = new H2(title);
        heading.setId("round-title");
        add(heading, new Paragraph(getTranslation("round.due", round.dueDate().toString())), downloads(round));
        if (round.kind() == EvaluationKind.PROJECT
                && CurrentUsers.find().filter(user -> user.has(Role.DRAFTER)).isPresent()) {
            add(projectStart(id));
        }
        add(entries(round));
    }

    /** The round's summary workbook for the finance bureau, and the blank form of its kind to fill in Excel. */
    private HorizontalLayout downloads(RoundView round) {
        Anchor summary = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] workbook = summaries.summary(round.id(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(workbook), "round-" + round.id() + "-summary.xlsx",
                    WorkbookReader.CONTENT_TYPE, workbook.length);
        }), getTranslation("round.summaryWorkbook"));
        summary.setId("round-summary-xlsx");
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] workbook = schemes.templateWorkbook(round.kind());
            return new DownloadResponse(new ByteArrayInputStream(workbook), "template-" + round.kind().name()
                    .toLowerCase(java.util.Locale.ROOT) + ".xlsx", WorkbookReader.CONTENT_TYPE, workbook.length);
        }), getTranslation("round.templateWorkbook"));
        template.setId("round-template-xlsx");
        HorizontalLayout downloads = new HorizontalLayout(summary, template);
        downloads.getStyle().set("flex-wrap", "wrap");
        return downloads;
    }

    private Grid<RoundEntry> entries(RoundView round) {
        Grid<RoundEntry> grid = new Grid<>(RoundEntry.class, false);
        grid.setId("round-entries");
        grid.addColumn(RoundEntry::departmentName).setHeader(getTranslation("round.department")).setFlexGrow(2);
        grid.addColumn(e -> e.stage() == null ? "—" : Shown.label(e.stage())).setHeader(getTranslation("round.stage"))
                .setAutoWidth(true);
        grid.addColumn(e -> score(e.selfTotal(), e.selfGrade())).setHeader(getTranslation("round.self"))
                .setAutoWidth(true);
        grid.addColumn(e -> Shown.total(e.computedTotal(), e.computedGrade(), e.pendingRows())).setHeader(getTranslation("round.computed"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::overdue).setHeader(getTranslation("round.overdue")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(round.evaluations());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> {
            if (click.getItem().evaluationId() != null) {
                Routes.open(Routes.EVALUATION, click.getItem().evaluationId());
            }
        });
        return grid;
    }

    private Component overdue(RoundEntry entry) {
        Span mark = new Span(entry.overdue() ? getTranslation("round.overdue.yes") : "");
        if (entry.overdue()) {
            mark.getElement().getThemeList().add("badge error");
        }
        return mark;
    }

    private HorizontalLayout projectStart(long id) {
        TextField project = new TextField(getTranslation("round.project"));
        project.setId("project-name");
        project.setMaxLength(200);
        Button start = new Button(getTranslation("round.project.start"), click -> {
            try {
                RoundEntry started = rounds.startProject(id, project.getValue());
                Routes.open(Routes.EDITOR, started.evaluationId());
            } catch (RoundRefusedException refused) {
                project.setInvalid(true);
                project.setErrorMessage(Shown.text(refused.text()));
            }
        });
        start.setId("start-project");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(project, start);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private static String score(BigDecimal total, Grade grade) {
        return total == null ? "—" : total.stripTrailingZeros().toPlainString() + " " + Shown.label(grade);
    }

    @Override
    public String getPageTitle() {
        return title + " · PerfEval";
    }
}
