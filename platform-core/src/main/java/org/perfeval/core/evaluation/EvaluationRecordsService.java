package org.perfeval.core.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.scoring.document.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What accompanies a self-evaluation: review comments (by anyone who may read it, kept as written) and the metadata
 * of supporting documents (filed by its department's drafters).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationRecordsService {

    private static final String SHA256 = "[0-9a-f]{64}";

    private final SelfEvaluationRepository evaluations;
    private final EvaluationLookup lookup;
    private final Clock clock;

    EvaluationRecordsService(SelfEvaluationRepository evaluations, EvaluationLookup lookup, Clock clock) {
        this.evaluations = evaluations;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CommentView comment(long id, Integer indicatorRow, String body) {
        CurrentUser user = CurrentUsers.require();
        SelfEvaluation evaluation = lookup.readable(id);
        List<Violation> violations = new ArrayList<>();
        if (body == null || body.isBlank()) {
            violations.add(new Violation("/body", "must not be blank", "不能为空"));
        } else if (body.codePointCount(0, body.length()) > ReviewComment.MAX_BODY) {
            violations.add(new Violation("/body", "must be at most " + ReviewComment.MAX_BODY + " characters long",
                    "不能超过 " + ReviewComment.MAX_BODY + " 个字符"));
        }
        if (indicatorRow != null && (indicatorRow < 0 || indicatorRow >= evaluation.indicatorCount())) {
            violations.add(new Violation("/indicatorRow", "names no row of this form", "不是本表中的指标行"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException(violations);
        }
        return evaluation.addComment(new ReviewComment(evaluation, user.username(), evaluation.getStatus(),
                indicatorRow, body.strip(), clock.instant()), evaluations);
    }

    @PreAuthorize("isAuthenticated()")
    public List<CommentView> comments(long id) {
        return lookup.readable(id).comments().stream().map(ReviewComment::toView).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('DRAFTER')")
    public AttachmentView attach(long id, NewAttachment file) {
        CurrentUser user = CurrentUsers.require();
        SelfEvaluation evaluation = lookup.draftable(id, "file its supporting documents");
        List<Violation> violations = new ArrayList<>();
        if (file.fileName() == null || file.fileName().isBlank() || file.fileName().length() > 255) {
            violations.add(new Violation("/fileName", "must be 1 to 255 characters long", "应为 1 至 255 个字符"));
        }
        if (file.contentType() == null || file.contentType().isBlank() || file.contentType().length() > 100) {
            violations.add(new Violation("/contentType", "must be 1 to 100 characters long", "应为 1 至 100 个字符"));
        }
        if (file.sizeBytes() < 0) {
            violations.add(new Violation("/sizeBytes", "must not be negative", "不能为负数"));
        }
        if (file.sha256() == null || !file.sha256().matches(SHA256)) {
            violations.add(new Violation("/sha256", "must be 64 lower-case hexadecimal digits",
                    "应为 64 位小写十六进制数字"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException(violations);
        }
        return evaluation.addAttachment(new Attachment(evaluation, file, user.username(), clock.instant()),
                evaluations);
    }

    @PreAuthorize("isAuthenticated()")
    public List<AttachmentView> attachments(long id) {
        return lookup.readable(id).attachments().stream().map(Attachment::toView).toList();
    }
}
