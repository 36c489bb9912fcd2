package org.perfeval.workflow.disclosure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.perfeval.core.evaluation.adjudication.Adjudications;
import org.perfeval.core.evaluation.adjudication.StoredAdjudication;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.ScoreResult;
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
    private final Adjudications adjudications;
    private final DocumentReader reader = new DocumentReader();

    PublicReports(Disclosures disclosures, Adjudications adjudications) {
        this.disclosures = disclosures;
        this.adjudications = adjudications;
    }

    /** Every disclosed report, newest year first, then by department; {@code year} null for all years. */
    public List<PublicReport> disclosed(Integer year) {
        return disclosures.findAllByOrderByDisclosedAtDesc().stream().map(this::toReport)
                .filter(report -> year == null || report.year() == year)
                .sorted(Comparator.comparingInt(PublicReport::year).reversed()
                        .thenComparing(PublicReport::departmentName))
                .map(PublicReport::summary).toList();
    }

    /** The report with the rows the finance reviewer decided. */
    public Optional<PublicReport> report(long evaluationId) {
        return disclosures.findById(evaluationId).map(this::toReport).map(report -> new PublicReport(
                report.evaluationId(), report.year(), report.departmentName(), report.project(), report.total(),
                report.grade(), report.sha256(), report.disclosedAt(), report.documentJson(), report.document(),
                adjudicated(report.evaluationId(), report.document())));
    }

    private PublicReport toReport(Disclosure disclosure) {
        DisclosureView view = disclosure.toView();
        SelfEvaluationDocument document = reader.read(view.documentJson()).document();
        return new PublicReport(view.evaluationId(), document.year(), document.department(), document.project(),
                view.total(), view.grade(), view.sha256(), view.disclosedAt(), view.documentJson(), document,
                List.of());
    }

    /**
     * The decisions that counted in the disclosed score: those on rows the rules could not decide. Decisions are
     * made only at the finance check, which a disclosed form never returns to, so they are read as they stand.
     */
    private List<PublicReport.Adjudicated> adjudicated(long evaluationId, SelfEvaluationDocument document) {
        List<StoredAdjudication> decisions = adjudications.of(evaluationId, document);
        if (decisions.isEmpty()) {
            return List.of();
        }
        ScoreResult score = adjudications.score(evaluationId, document);
        return decisions.stream().filter(decision -> {
            RowResult row = score.indicators().get(decision.row());
            return row.adjudicated();
        }).map(decision -> new PublicReport.Adjudicated(decision.row(), decision.indicator(), decision.score(),
                decision.reason())).toList();
    }
}
