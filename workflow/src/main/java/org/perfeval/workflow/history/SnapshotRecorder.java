package org.perfeval.workflow.history;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfeval.core.evaluation.EvaluationStage;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.adjudication.Adjudications;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.DocumentReader;
import org.perfeval.scoring.document.json.DocumentWriter;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.result.ScoreResultJson;
import org.perfeval.workflow.process.StepTaken;
import org.perfeval.workflow.process.WorkflowAction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes a score snapshot at every step that moves an evaluation, in the step's transaction: the score as the stage
 * left saw it, the form as it was, and the rows changed since the previous submission.
 */
@Component
class SnapshotRecorder {

    private static final Set<WorkflowAction> SUBMISSIONS = Set.of(WorkflowAction.SUBMIT, WorkflowAction.RESUBMIT);

    private final ScoreSnapshots snapshots;
    private final EvaluationStages stages;
    private final Adjudications adjudications;
    private final DocumentWriter writer = new DocumentWriter();
    private final DocumentReader reader = new DocumentReader();

    SnapshotRecorder(ScoreSnapshots snapshots, EvaluationStages stages, Adjudications adjudications) {
        this.snapshots = snapshots;
        this.stages = stages;
        this.adjudications = adjudications;
    }

    @EventListener(condition = "#step.movesStage()")
    void on(StepTaken step) {
        EvaluationStage stage = stages.stage(step.evaluationId());
        SelfEvaluationDocument document = stage.document();
        // with the finance reviewer's decisions: the finance approval's snapshot holds them and the total they make
        ScoreResult score = adjudications.score(step.evaluationId(), document);
        String changed = snapshots.findFirstByEvaluationIdAndActionInOrderByIdDesc(step.evaluationId(), SUBMISSIONS)
                .map(previous -> ChangedRows.between(indicators(previous.documentJson()), document.indicators()))
                .map(rows -> rows.stream().map(String::valueOf).collect(Collectors.joining(","))).orElse("");
        snapshots.save(new ScoreSnapshot(step.evaluationId(), step.from(), step.action(), step.actor(), step.at(),
                score.schemeId(), score.schemeVersion(), score.total(), score.grade().symbol(), score.errors().size(),
                ScoreResultJson.writeFindings(score.findings()), changed, writer.writeCanonical(document)));
    }

    private List<Indicator> indicators(String json) {
        return reader.read(json).documentIfValid().map(SelfEvaluationDocument::indicators).orElse(List.of());
    }
}
