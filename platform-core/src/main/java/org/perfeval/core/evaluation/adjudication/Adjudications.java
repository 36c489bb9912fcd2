package org.perfeval.core.evaluation.adjudication;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfeval.core.scheme.Scoring;
import org.perfeval.core.security.Roles;
import org.perfeval.core.web.EditConflictException;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.text.Text;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * The finance reviewer's decisions on an evaluation's rows, kept with their rows (see {@link RowMatch}), and the
 * score with them: every score the platform shows of a stored form comes from {@link #score}. Who may decide, and
 * when, is the workflow's check, made before it calls here; this only keeps the decisions.
 */
@Component
public class Adjudications {

    /** The longest reason a decision may give. */
    public static final int MAX_REASON = 2000;

    private final RowAdjudications stored;
    private final Scoring scoring;

    Adjudications(RowAdjudications stored, Scoring scoring) {
        this.stored = stored;
        this.scoring = scoring;
    }

    /** The decisions that belong to a row of {@code document} (the evaluation's form as it now stands), by row. */
    @Transactional(readOnly = true)
    public List<StoredAdjudication> of(long evaluationId, SelfEvaluationDocument document) {
        List<RowAdjudication> decisions = stored.findByEvaluationIdOrderByRowAsc(evaluationId);
        if (decisions.isEmpty()) {
            return List.of();
        }
        return RowMatch.of(decisions, document.indicators()).entrySet().stream()
                .map(entry -> entry.getKey().toView(entry.getValue()))
                .sorted(Comparator.comparingInt(StoredAdjudication::row)).toList();
    }

    /** The evaluation's score: its form under the rules, with the decisions on the rows the rules cannot decide. */
    @Transactional(readOnly = true)
    public ScoreResult score(long evaluationId, SelfEvaluationDocument document) {
        return scoring.current().score(document, of(evaluationId, document).stream()
                .map(StoredAdjudication::toDecision).toList());
    }

    /** Records (or replaces) the decision on row {@code row} (0 is row 1) of {@code document}, as checked. */
    @Transactional
    @RolesAllowed(Roles.FINANCE_REVIEWER)
    public StoredAdjudication decide(long evaluationId, SelfEvaluationDocument document, int row, BigDecimal score,
                                     String reason, String user, Instant at) {
        RowAdjudication decision = reanchored(evaluationId, document).stream().filter(d -> d.row() == row)
                .findFirst().orElse(null);
        if (decision == null) {
            decision = stored.save(new RowAdjudication(evaluationId, row, document.indicators().get(row).level3(),
                    score, reason, user, at));
        } else {
            decision.decide(score, reason, user, at);
        }
        try {
            stored.flush();
        } catch (DataIntegrityViolationException e) {
            // a concurrent first decision on the same row won the race for the unique key
            throw new EditConflictException(Text.of("core.api.conflict"));
        }
        return decision.toView(row);
    }

    /** Withdraws the decision on row {@code row}; the decision withdrawn, or empty when the row had none. */
    @Transactional
    @RolesAllowed(Roles.FINANCE_REVIEWER)
    public Optional<StoredAdjudication> withdraw(long evaluationId, SelfEvaluationDocument document, int row) {
        Optional<RowAdjudication> decision = reanchored(evaluationId, document).stream()
                .filter(d -> d.row() == row).findFirst();
        decision.ifPresent(d -> {
            stored.delete(d);
            stored.flush();
        });
        return decision.map(d -> d.toView(row));
    }

    /**
     * The evaluation's decisions, each stored at its row's current position: a decision whose row has gone is
     * dropped, one whose row moved is stored again at its new position (deleted first, so that no two decisions
     * ever hold one position, which the database's unique key would refuse).
     */
    private List<RowAdjudication> reanchored(long evaluationId, SelfEvaluationDocument document) {
        List<RowAdjudication> decisions = stored.findByEvaluationIdOrderByRowAsc(evaluationId);
        Map<RowAdjudication, Integer> matched = RowMatch.of(decisions, document.indicators());
        List<RowAdjudication> kept = new ArrayList<>();
        List<RowAdjudication> moved = new ArrayList<>();
        for (RowAdjudication decision : decisions) {
            Integer row = matched.get(decision);
            if (row != null && row == decision.row()) {
                kept.add(decision);
                continue;
            }
            stored.delete(decision);
            if (row != null) {
                moved.add(decision.movedTo(row));
            }
        }
        if (kept.size() < decisions.size()) {
            stored.flush();
            kept.addAll(stored.saveAll(moved));
        }
        return kept;
    }
}
