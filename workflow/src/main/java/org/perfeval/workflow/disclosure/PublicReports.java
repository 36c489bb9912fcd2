package org.perfeval.workflow.disclosure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.DocumentReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public portal's reports: only disclosed ones, exactly as frozen at disclosure. Needs no login; a report that is
 * not disclosed is simply not there, so the portal does not reveal which forms exist.
 */
@Service
@Transactional(readOnly = true)
public class PublicReports {

    private final Disclosures disclosures;
    private final DocumentReader reader = new DocumentReader();

    PublicReports(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    /** Every disclosed report, newest year first, then by department; {@code year} null for all years. */
    public List<PublicReport> disclosed(Integer year) {
        return disclosures.findAllByOrderByDisclosedAtDesc().stream().map(this::toReport)
                .filter(report -> year == null || report.year() == year)
                .sorted(Comparator.comparingInt(PublicReport::year).reversed()
                        .thenComparing(PublicReport::departmentName))
                .map(PublicReport::summary).toList();
    }

    public Optional<PublicReport> report(long evaluationId) {
        return disclosures.findById(evaluationId).map(this::toReport);
    }

    private PublicReport toReport(Disclosure disclosure) {
        DisclosureView view = disclosure.toView();
        SelfEvaluationDocument document = reader.read(view.documentJson()).document();
        return new PublicReport(view.evaluationId(), document.year(), document.department(), document.project(),
                view.total(), view.grade(), view.sha256(), view.disclosedAt(), view.documentJson(), document);
    }
}
