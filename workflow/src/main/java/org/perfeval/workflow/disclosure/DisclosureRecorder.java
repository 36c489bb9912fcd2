package org.perfeval.workflow.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.scoring.document.json.DocumentWriter;
import org.perfeval.workflow.history.HistoryService;
import org.perfeval.workflow.history.ScoreSnapshotView;
import org.perfeval.workflow.process.StepTaken;
import org.perfeval.workflow.process.WorkflowRefusedException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Freezes the report when its publication is confirmed, in the same transaction: the canonical form, its SHA-256
 * and the score the finance bureau approved. Without a finance approval the publication is refused as a whole.
 */
@Component
class DisclosureRecorder {

    private final Disclosures disclosures;
    private final EvaluationStages stages;
    private final HistoryService history;
    private final DocumentWriter writer = new DocumentWriter();

    DisclosureRecorder(Disclosures disclosures, EvaluationStages stages, HistoryService history) {
        this.disclosures = disclosures;
        this.stages = stages;
        this.history = history;
    }

    @EventListener(condition = "#step.action() == T(org.perfeval.workflow.process.WorkflowAction).PUBLISH")
    void on(StepTaken step) {
        ScoreSnapshotView approved = history.financeApproval(step.evaluationId())
                .orElseThrow(() -> new WorkflowRefusedException("workflow.disclosure.notApproved"));
        String json = writer.writeCanonical(stages.stage(step.evaluationId()).document());
        disclosures.save(new Disclosure(step.evaluationId(), json, sha256(json), approved.total(), approved.grade(),
                step.actor(), step.at()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
