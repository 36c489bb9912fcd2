package org.perfeval.workflow.disclosure.pdf;

import java.time.LocalDate;

import org.perfeval.core.print.FormTables;
import org.perfeval.core.print.Words;
import org.perfeval.core.print.Xhtml;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.workflow.disclosure.PublicReport;

/**
 * The public version of a report, what the portal shows: whose and which year, the approved score and grade, when it
 * was approved and disclosed, the SHA-256 of the frozen text, the goal, the indicator table and the written report.
 */
final class DisclosedReportSheet {

    private final Words words;
    private final PublicReport report;
    private final LocalDate approved;
    private final LocalDate disclosed;

    DisclosedReportSheet(Words words, PublicReport report, LocalDate approved, LocalDate disclosed) {
        this.words = words;
        this.report = report;
        this.approved = approved;
        this.disclosed = disclosed;
    }

    String title() {
        return words.get("workflow.disclosure.pdf.title", report.departmentName(), report.year(),
                words.label(report.document().kind()));
    }

    /** The footer of every page: the hash, and the dates of approval and disclosure. */
    String footer() {
        return words.get("workflow.disclosure.pdf.footer", report.sha256(), approved == null ? Xhtml.EMPTY : approved,
                disclosed);
    }

    String body() {
        SelfEvaluationDocument document = report.document();
        Xhtml html = new Xhtml();
        html.element("h1", null, title());
        html.open("table", "header").open("tbody", null).open("tr", null)
                .element("td", "label", words.get("workflow.disclosure.pdf.department")).td(report.departmentName())
                .element("td", "label", words.get("workflow.disclosure.pdf.year")).td(String.valueOf(report.year()))
                .element("td", "label", words.get("workflow.disclosure.pdf.project")).td(report.project())
                .close("tr").open("tr", "total")
                .element("td", "label", words.get("workflow.disclosure.pdf.score"))
                .td(Words.score(report.total()).toPlainString() + " " + report.grade())
                .element("td", "label", words.get("workflow.disclosure.pdf.approvedAt"))
                .td(approved == null ? null : approved.toString())
                .element("td", "label", words.get("workflow.disclosure.pdf.disclosedAt")).td(disclosed.toString())
                .close("tr").open("tr", null)
                .element("td", "label", words.get("workflow.disclosure.pdf.sha256"))
                .td(report.sha256(), "colspan", "5")
                .close("tr").close("tbody").close("table");
        FormTables.goal(html, words, document);
        html.element("h2", null, words.get("workflow.disclosure.pdf.indicators"));
        FormTables.indicators(html, words, document, null);
        FormTables.report(html, words, document);
        return html.toString();
    }
}
