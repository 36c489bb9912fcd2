package org.perfeval.workflow.process;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfeval.core.evaluation.EvaluationStage;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.scheme.Scoring;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.scoring.document.DocumentReader;
import org.perfeval.scoring.document.DocumentWriter;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.engine.ScoreResult;
import org.perfeval.scoring.engine.ScoreResultJson;
import org.springframework.stereotype.Component;

/** Writes what every step leaves behind: an audit entry, a score snapshot, and at the end the frozen disclosure. */
@Component
class Recorder {

    private final AuditTrail audit;
    private final ScoreSnapshots snapshots;
    private final Disclosures disclosures;
    private final Scoring scoring;
    private final Clock clock;
    private static final Set<WorkflowAction> SUBMISSIONS = Set.of(WorkflowAction.SUBMIT, WorkflowAction.RESUBMIT);

    private final DocumentWriter writer = new DocumentWriter();

    Recorder(AuditTrail audit, ScoreSnapshots snapshots, Disclosures disclosures, Scoring scoring, Clock clock) {
        this.audit = audit;
        this.snapshots = snapshots;
        this.disclosures = disclosures;
        this.scoring = scoring;
        this.clock = clock;
    }

    ScoreResult score(EvaluationStage stage) {
        return scoring.current().score(stage.document());
    }

    /** An action that does not move the evaluation (claim, release, transfer): an audit entry only. */
    void audit(Act act, WorkflowAction action, String reason) {
        audit.save(new AuditEntry(act.stage().id(), act.user().username(), act.step().role().keycloakName(), action,
                act.stage().status(), act.stage().status(), reason, clock.instant()));
    }

    /** A step from one stage to another: an audit entry and a score snapshot taken at the stage it leaves. */
    void step(EvaluationStage stage, CurrentUser user, String role, WorkflowAction action, EvaluationStatus to,
              String reason, ScoreResult score) {
        audit.save(new AuditEntry(stage.id(), user.username(), role, action, stage.status(), to, reason,
                clock.instant()));
        String changed = snapshots.findFirstByEvaluationIdAndActionInOrderByIdDesc(stage.id(), SUBMISSIONS)
                .map(previous -> changedRows(previous.documentJson(), stage.document())).orElse("");
        snapshots.save(new ScoreSnapshot(stage.id(), stage.status(), action, user.username(), clock.instant(),
                score.schemeId(), score.schemeVersion(), score.total(), score.grade().label(), score.errors().size(),
                ScoreResultJson.writeFindings(score.findings()), changed, writer.writeCanonical(stage.document())));
    }

    /** Freezes the report as disclosed, with the score the finance reviewer approved. */
    DisclosureView disclose(EvaluationStage stage, CurrentUser user) {
        ScoreSnapshot approved = snapshots.findFirstByEvaluationIdAndStageAndActionOrderByIdDesc(stage.id(),
                        EvaluationStatus.FINANCE_CHECK, WorkflowAction.APPROVE)
                .orElseThrow(() -> new WorkflowRefusedException("no finance approval to disclose"));
        String json = writer.writeCanonical(stage.document());
        return disclosures.save(new Disclosure(stage.id(), json, sha256(json), approved.total(), approved.grade(),
                user.username(), clock.instant())).toView();
    }

    List<AuditView> timeline(long id) {
        return audit.findByEvaluationIdOrderByIdAsc(id).stream().map(AuditEntry::toView).toList();
    }

    List<ScoreSnapshotView> history(long id) {
        return snapshots.findByEvaluationIdOrderByIdAsc(id).stream().map(ScoreSnapshot::toView).toList();
    }

    Optional<DisclosureView> disclosure(long id) {
        return disclosures.findById(id).map(Disclosure::toView);
    }

    /** The 0-based rows that differ between a submitted form and this one, rows added or removed included. */
    static String changedRows(String previousJson, SelfEvaluationDocument now) {
        List<Indicator> before = new DocumentReader().read(previousJson).documentIfValid()
                .map(SelfEvaluationDocument::indicators).orElse(List.of());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), now.indicators().size()); i++) {
            if (i >= before.size() || i >= now.indicators().size()
                    || !same(before.get(i), now.indicators().get(i))) {
                changed.add(i);
            }
        }
        return changed.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static boolean same(Indicator a, Indicator b) {
        return Objects.equals(a.level1(), b.level1()) && Objects.equals(a.level2(), b.level2())
                && Objects.equals(a.level3(), b.level3()) && Objects.equals(a.target(), b.target())
                && Objects.equals(a.unit(), b.unit()) && Objects.equals(a.actual(), b.actual())
                && sameNumber(a.weight(), b.weight()) && sameNumber(a.selfScore(), b.selfScore())
                && a.tier() == b.tier() && Objects.equals(a.deviationReason(), b.deviationReason())
                && a.notApplicable() == b.notApplicable();
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
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
