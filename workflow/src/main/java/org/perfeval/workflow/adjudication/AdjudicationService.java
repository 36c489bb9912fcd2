package org.perfeval.workflow.adjudication;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.perfeval.core.evaluation.EvaluationStage;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.evaluation.adjudication.Adjudications;
import org.perfeval.core.evaluation.adjudication.StoredAdjudication;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.Roles;
import org.perfeval.scoring.document.Decimals;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.workflow.process.ProcessQueries;
import org.perfeval.workflow.process.Step;
import org.perfeval.workflow.process.StepTaken;
import org.perfeval.workflow.process.WorkflowAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * 认定: at the finance check, a finance reviewer of the form's bureau decides the score of a row the rules cannot
 * decide, within the row's weight and with a reason. Checked on the server as the finance check's own steps are
 * (role, bureau, stage, task holder); each decision and withdrawal is one transaction with its audit entry (a
 * {@link StepTaken} that leaves the stage as it was) and the form's stored score. The snapshot the finance approval
 * takes scores with the decisions, so it holds them and the total they make.
 */
@Service
@Transactional
public class AdjudicationService {

    private final ProcessQueries process;
    private final EvaluationStages stages;
    private final Adjudications adjudications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdjudicationService(ProcessQueries process, EvaluationStages stages, Adjudications adjudications,
                        ApplicationEventPublisher events, Clock clock) {
        this.process = process;
        this.stages = stages;
        this.adjudications = adjudications;
        this.events = events;
        this.clock = clock;
    }

    /** The decisions on the form's rows as it now stands, for anyone who may read it. */
    @Transactional(readOnly = true)
    @LoggedIn
    public List<StoredAdjudication> adjudications(long id) {
        return adjudications.of(id, stages.stage(id).document());
    }

    /** Whether the current user may decide rows of the form now. */
    @Transactional(readOnly = true)
    @LoggedIn
    public boolean mayAdjudicate(long id) {
        return process.mayAct(id, Step.FINANCE_CHECK);
    }

    /** Decides row {@code row} (0 is row 1): {@code score} between 0 and the row's weight, and why. */
    @RolesAllowed(Roles.FINANCE_REVIEWER)
    public AdjudicationOutcome adjudicate(long id, int row, BigDecimal score, String reason) {
        process.requireActor(id, Step.FINANCE_CHECK);
        EvaluationStage stage = stages.stage(id);
        RowResult undecided = undecided(stage, row);
        BigDecimal checked = checkedScore(score, undecided.weight());
        String why = checkedReason(reason);
        String user = CurrentUsers.require().username();
        Instant now = clock.instant();
        StoredAdjudication decision = adjudications.decide(id, stage.document(), row, checked, why, user, now);
        ScoreResult rescored = stages.rescore(id);
        events.publishEvent(taken(stage, WorkflowAction.ADJUDICATE, user, "第" + (row + 1) + "行「"
                + undecided.level3() + "」认定 " + plain(checked) + " 分（分值 "
                + plain(undecided.weight()) + "）：" + why, now));
        return AdjudicationOutcome.of(row, decision, rescored);
    }

    /** Withdraws the decision on row {@code row}: the row keeps the department's score again, unverified. */
    @RolesAllowed(Roles.FINANCE_REVIEWER)
    public AdjudicationOutcome withdraw(long id, int row) {
        process.requireActor(id, Step.FINANCE_CHECK);
        EvaluationStage stage = stages.stage(id);
        requireRow(stage, row);
        String user = CurrentUsers.require().username();
        Instant now = clock.instant();
        Optional<StoredAdjudication> withdrawn = adjudications.withdraw(id, stage.document(), row);
        if (withdrawn.isEmpty()) {
            return AdjudicationOutcome.of(row, null, adjudications.score(id, stage.document()));
        }
        ScoreResult rescored = stages.rescore(id);
        events.publishEvent(taken(stage, WorkflowAction.WITHDRAW_ADJUDICATION, user, "第" + (row + 1) + "行「"
                + withdrawn.get().indicator() + "」撤销认定（原认定 " + plain(withdrawn.get().score()) + " 分）", now));
        return AdjudicationOutcome.of(row, null, rescored);
    }

    /** The row's result if the rules cannot decide it (kept unverified, or already decided by a reviewer). */
    private RowResult undecided(EvaluationStage stage, int row) {
        requireRow(stage, row);
        RowResult result = adjudications.score(stage.id(), stage.document()).indicators().get(row);
        if (!result.unverified() && !result.adjudicated()) {
            throw AdjudicationRefusedException.conflict("workflow.adjudication.decidedByRules", row + 1,
                    result.level3());
        }
        return result;
    }

    private static void requireRow(EvaluationStage stage, int row) {
        int rows = stage.document().indicators().size();
        if (row < 0 || row >= rows) {
            throw AdjudicationRefusedException.field("/row", "workflow.adjudication.noSuchRow", row + 1, rows);
        }
    }

    private static BigDecimal checkedScore(BigDecimal score, BigDecimal weight) {
        if (score == null) {
            throw AdjudicationRefusedException.field("/score", "workflow.adjudication.scoreRequired");
        }
        if (score.signum() < 0 || score.compareTo(weight) > 0) {
            throw AdjudicationRefusedException.field("/score", "workflow.adjudication.scoreOutOfRange",
                    plain(weight));
        }
        if (score.stripTrailingZeros().scale() > 2) {
            throw AdjudicationRefusedException.field("/score", "workflow.adjudication.scoreDecimals");
        }
        return score;
    }

    private static String checkedReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw AdjudicationRefusedException.field("/reason", "workflow.adjudication.reasonRequired");
        }
        String why = reason.strip();
        // counted as people count characters (an emoji is one), as every text limit of the platform
        if (why.codePointCount(0, why.length()) > Adjudications.MAX_REASON) {
            throw AdjudicationRefusedException.field("/reason", "workflow.adjudication.reasonTooLong",
                    Adjudications.MAX_REASON);
        }
        return why;
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value).toPlainString();
    }

    private static StepTaken taken(EvaluationStage stage, WorkflowAction action, String user, String reason,
                                   Instant at) {
        return new StepTaken(UUID.randomUUID(), stage.id(), stage.department().code(), stage.department().name(),
                stage.year(), action, EvaluationStatus.FINANCE_CHECK, EvaluationStatus.FINANCE_CHECK, user,
                Role.FINANCE_REVIEWER, reason, null, at);
    }
}
