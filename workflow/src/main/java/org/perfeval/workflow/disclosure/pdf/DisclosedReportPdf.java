package org.perfeval.workflow.disclosure.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.perfeval.core.i18n.Translator;
import org.perfeval.core.print.EvaluationPdf;
import org.perfeval.core.print.PdfFile;
import org.perfeval.core.print.PdfRenderer;
import org.perfeval.core.print.PrintLayout;
import org.perfeval.core.print.Words;
import org.perfeval.workflow.disclosure.PublicReport;
import org.perfeval.workflow.disclosure.PublicReports;
import org.perfeval.workflow.history.HistoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A disclosed report as a PDF, for anyone and without a login, exactly as frozen at disclosure; a report that is not
 * disclosed has none, as it has no page on the portal.
 */
@Service
@Transactional(readOnly = true)
public class DisclosedReportPdf {

    private final PublicReports reports;
    private final HistoryService history;
    private final PdfRenderer renderer;
    private final Translator translator;
    private final ZoneId zone;

    DisclosedReportPdf(PublicReports reports, HistoryService history, PdfRenderer renderer, Translator translator,
                       ZoneId zone) {
        this.reports = reports;
        this.history = history;
        this.renderer = renderer;
        this.translator = translator;
        this.zone = zone;
    }

    public Optional<PdfFile> pdf(long evaluationId, Locale locale) {
        return reports.report(evaluationId).map(report -> render(report, locale));
    }

    private PdfFile render(PublicReport report, Locale locale) {
        Locale language = EvaluationPdf.language(locale);
        Words words = new Words(translator, language);
        LocalDate approved = history.approvalOfDisclosed(report.evaluationId()).map(this::day).orElse(null);
        DisclosedReportSheet sheet = new DisclosedReportSheet(words, report, approved, day(report.disclosedAt()));
        byte[] pdf = renderer.render(new PrintLayout(sheet.title(), sheet.footer(), language.toLanguageTag()), words,
                sheet.body());
        return new PdfFile("report-" + report.year() + "-" + report.evaluationId() + ".pdf", pdf);
    }

    private LocalDate day(Instant moment) {
        return moment.atZone(zone).toLocalDate();
    }
}
