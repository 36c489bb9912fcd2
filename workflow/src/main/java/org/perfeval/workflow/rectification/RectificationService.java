package org.perfeval.workflow.rectification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * The items a finance send-back asks to be put right, round by round, and the department's answers. The workflow's
 * steps call it inside their own transaction, after checking who acts.
 */
@Service
@Transactional
public class RectificationService {

    private final RectificationItems items;
    private final EvaluationStages stages;

    RectificationService(RectificationItems items, EvaluationStages stages) {
        this.items = items;
        this.stages = stages;
    }

    /**
     * Stores the items of send-back round {@code round}; each points at one of the form's {@code rows} or a finding.
     * The send-back step checks who acts; the role and the reader's access are checked here again, so that no other
     * caller adds items unchecked.
     */
    @RolesAllowed(Roles.FINANCE_REVIEWER)
    public void request(long evaluationId, int round, int rows, List<RectificationRequest> requests) {
        stages.requireReadable(evaluationId);
        if (requests == null || requests.isEmpty()) {
            throw RectificationRefusedException.field("/items", "workflow.rectification.itemsRequired");
        }
        List<RectificationRequest> checked = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            checked.add(checked(requests.get(i), rows, "/items/" + i));
        }
        checked.forEach(request -> items.save(new RectificationItem(evaluationId, round, request)));
    }

    /** Records an answer to every item of round {@code round}, or refuses naming the items left unanswered. */
    @RolesAllowed(Roles.DRAFTER)
    public void answer(long evaluationId, int round, List<RectificationAnswer> answers, String user, Instant at) {
        Map<Long, String> given = answers == null ? Map.of() : answers.stream().filter(Objects::nonNull)
                .filter(a -> a.answer() != null && !a.answer().isBlank())
                .collect(Collectors.toMap(RectificationAnswer::itemId, RectificationAnswer::answer, (a, b) -> a));
        stages.requireReadable(evaluationId);
        List<RectificationItem> open = items.findByEvaluationIdAndRoundOrderByIdAsc(evaluationId, round);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            RectificationItem item = open.get(i);
            String answer = given.get(item.getId());
            if (answer == null) {
                missing.add(String.valueOf(i + 1));
            } else if (answer.length() > RectificationItem.MAX_TEXT) {
                throw new RectificationRefusedException("workflow.rectification.answerTooLong", i + 1,
                        RectificationItem.MAX_TEXT);
            } else {
                item.answer(answer.strip(), user, at);
            }
        }
        if (!missing.isEmpty()) {
            throw new RectificationRefusedException("workflow.rectification.unanswered", String.join("、", missing));
        }
    }

    /** Every item of every round, for whoever may read the evaluation. */
    @Transactional(readOnly = true)
    @LoggedIn
    public List<RectificationItemView> items(long evaluationId) {
        stages.requireReadable(evaluationId);
        return items.findByEvaluationIdOrderByIdAsc(evaluationId).stream().map(RectificationItem::toView).toList();
    }

    /** The request at {@code at} as it will be stored, or a refusal naming the field at fault. */
    private static RectificationRequest checked(RectificationRequest request, int rows, String at) {
        if (request == null) {
            throw RectificationRefusedException.field(at, "workflow.rectification.itemMissing");
        }
        if (request.request() == null || request.request().isBlank()
                || request.request().length() > RectificationItem.MAX_TEXT) {
            throw RectificationRefusedException.field(at + "/request", "workflow.rectification.requestLength",
                    RectificationItem.MAX_TEXT);
        }
        Integer row = request.indicatorRow();
        String finding = request.findingCode() == null || request.findingCode().isBlank() ? null
                : request.findingCode().strip();
        if (row == null && finding == null) {
            throw RectificationRefusedException.field(at, "workflow.rectification.target");
        }
        if (row != null && (row < 0 || row >= rows)) {
            throw RectificationRefusedException.field(at + "/indicatorRow", "workflow.rectification.noSuchRow",
                    row + 1);
        }
        if (finding != null && finding.length() > RectificationItem.MAX_CODE) {
            throw RectificationRefusedException.field(at + "/findingCode", "workflow.rectification.codeTooLong",
                    RectificationItem.MAX_CODE);
        }
        return new RectificationRequest(row, finding, request.request().strip());
    }
}
