package org.perfeval.core.evaluation.records;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.perfeval.core.department.DepartmentAccess;
import org.perfeval.core.evaluation.EvaluationStage;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.evaluation.InvalidDocumentException;
import org.perfeval.core.security.AccessRefusedException;
import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Roles;
import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.text.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * What accompanies a self-evaluation: review comments (by anyone who may read it, kept as written) and the metadata
 * of supporting documents (filed by its department's drafters). Neither changes the form, so its version stays.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationRecordsService {

    private static final String SHA256 = "[0-9a-f]{64}";

    private final EvaluationStages stages;
    private final ReviewCommentRepository comments;
    private final AttachmentRepository attachments;
    private final Clock clock;

    EvaluationRecordsService(EvaluationStages stages, ReviewCommentRepository comments,
                             AttachmentRepository attachments, Clock clock) {
        this.stages = stages;
        this.comments = comments;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Transactional
    @LoggedIn
    public CommentView comment(long id, Integer indicatorRow, String body) {
        CurrentUser user = CurrentUsers.require();
        EvaluationStage evaluation = stages.stage(id);
        List<FieldRefusal> refusals = new ArrayList<>();
        if (body == null || body.isBlank()) {
            refusals.add(new FieldRefusal("/body", Text.of("core.records.blank")));
        } else if (body.codePointCount(0, body.length()) > ReviewComment.MAX_BODY) {
            refusals.add(new FieldRefusal("/body", Text.of("core.document.tooLong", ReviewComment.MAX_BODY)));
        }
        if (indicatorRow != null
                && (indicatorRow < 0 || indicatorRow >= evaluation.document().indicators().size())) {
            refusals.add(new FieldRefusal("/indicatorRow", Text.of("core.records.noSuchRow")));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidDocumentException(refusals);
        }
        return comments.save(new ReviewComment(id, user.username(), evaluation.status(), indicatorRow, body.strip(),
                clock.instant())).toView();
    }

    @LoggedIn
    public List<CommentView> comments(long id) {
        stages.requireReadable(id);
        return comments.findByEvaluationIdOrderByCreatedAtAscIdAsc(id).stream().map(ReviewComment::toView).toList();
    }

    @Transactional
    @RolesAllowed(Roles.DRAFTER)
    public AttachmentView attach(long id, NewAttachment file) {
        CurrentUser user = CurrentUsers.require();
        EvaluationStage evaluation = stages.stage(id);
        if (!DepartmentAccess.canDraft(user, evaluation.department())) {
            throw new AccessRefusedException(Text.of("core.access.attach", evaluation.department().name()));
        }
        List<FieldRefusal> refusals = new ArrayList<>();
        if (file.fileName() == null || file.fileName().isBlank()
                || file.fileName().length() > Attachment.MAX_FILE_NAME) {
            refusals.add(new FieldRefusal("/fileName", Text.of("core.records.length", Attachment.MAX_FILE_NAME)));
        }
        if (file.contentType() == null || file.contentType().isBlank()
                || file.contentType().length() > Attachment.MAX_CONTENT_TYPE) {
            refusals.add(new FieldRefusal("/contentType",
                    Text.of("core.records.length", Attachment.MAX_CONTENT_TYPE)));
        }
        if (file.sizeBytes() < 0) {
            refusals.add(new FieldRefusal("/sizeBytes", Text.of("core.records.negative")));
        }
        if (file.sha256() == null || !file.sha256().matches(SHA256)) {
            refusals.add(new FieldRefusal("/sha256", Text.of("core.records.sha256")));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidDocumentException(refusals);
        }
        return attachments.save(new Attachment(id, file, user.username(), clock.instant())).toView();
    }

    @LoggedIn
    public List<AttachmentView> attachments(long id) {
        stages.requireReadable(id);
        return attachments.findByEvaluationIdOrderByUploadedAtAscIdAsc(id).stream().map(Attachment::toView)
                .toList();
    }
}
