package org.perfeval.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.evaluation.EvaluationLockedException;
import org.perfeval.core.evaluation.EvaluationNotFoundException;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.text.Text;
import org.perfeval.workflow.audit.AuditService;
import org.perfeval.workflow.audit.AuditView;
import org.perfeval.workflow.disclosure.DisclosureService;
import org.perfeval.workflow.disclosure.DisclosureView;
import org.perfeval.workflow.history.HistoryService;
import org.perfeval.workflow.inbox.InboxService;
import org.perfeval.workflow.rectification.RectificationAnswer;
import org.perfeval.workflow.rectification.RectificationItemView;
import org.perfeval.workflow.rectification.RectificationRefusedException;
import org.perfeval.workflow.rectification.RectificationRequest;
import org.perfeval.workflow.rectification.RectificationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The self-evaluation process, one path per test, on the real engine, database and scorer. */
@SpringBootTest
@Import(SelfEvaluationProcessTest.FailingStore.class)
@WithTestDirectory
class SelfEvaluationProcessTest {

    private static final String OFFICE_REVIEWER_2 = "office.reviewer2";

    @Autowired
    WorkflowService workflow;
    @Autowired
    ProcessQueries queries;
    @Autowired
    InboxService inbox;
    @Autowired
    AuditService audit;
    @Autowired
    HistoryService history;
    @Autowired
    RectificationService rectification;
    @Autowired
    DisclosureService disclosures;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    TaskService taskService;
    @Autowired
    FailingStore failingStore;

    /** Something that records a step in the step's own transaction, and can be made to fail. */
    @TestConfiguration
    static class FailingStore {

        volatile boolean failing;

        @EventListener
        void on(StepTaken step) {
            if (failing) {
                throw new IllegalStateException("disk full");
            }
        }
    }

    @BeforeEach
    void directory() {
        SystemUser.run(() -> {
            if (accounts.find(OFFICE_REVIEWER_2).isEmpty()) {
                accounts.create(new NewAccount(OFFICE_REVIEWER_2, "吴审核", null, TestDirectory.PASSWORD,
                        TestDirectory.OFFICE, Set.of(Role.DEPT_REVIEWER)));
            }
        });
        failingStore.failing = false;
    }

    private <T> T as(String user, Supplier<T> work) {
        return TestDirectory.as(users, user, work);
    }

    private void as(String user, Runnable work) {
        TestDirectory.as(users, user, work);
    }

    private long imported(String json) {
        return as(OFFICE_DRAFTER, () -> evaluations.importJson(json)).id();
    }

    /** The evaluation's status, checked against the task its process waits at. */
    private EvaluationStatus stage(long id) {
        EvaluationStatus status = as(ADMIN, () -> evaluations.summary(id)).status();
        Task task = task(id);
        assertThat(task == null ? EvaluationStatus.DISCLOSED : Step.ofTask(task.getTaskDefinitionKey())
                .orElseThrow().status()).as("process and status agree").isEqualTo(status);
        return status;
    }

    private Task task(long id) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult();
    }

    private void toFinanceCheck(long id) {
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));
    }

    @Test
    void aCleanFormGoesStraightFromDraftingToDisclosure() {
        long id = imported(Forms.submittable());
        assertThat(stage(id)).isEqualTo(EvaluationStatus.DRAFTING);
        assertThat(as(OFFICE_DRAFTER, () -> inbox.inbox())).anyMatch(item -> item.evaluationId() == id);

        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.INTERNAL_REVIEW);
        as(OFFICE_REVIEWER, () -> workflow.approve(id, "同意"));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.FINANCE_CHECK);
        assertThat(as(FINANCE_REVIEWER, () -> queries.actions(id)))
                .contains(WorkflowAction.APPROVE, WorkflowAction.SEND_BACK, WorkflowAction.CLAIM);
        as(FINANCE_REVIEWER, () -> workflow.approve(id, null));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.PUBLICATION);
        DisclosureView disclosure = as(OFFICE_REVIEWER, () -> disclosures.publish(id));

        assertThat(stage(id)).isEqualTo(EvaluationStatus.DISCLOSED);
        assertThat(disclosure.total()).isEqualByComparingTo("97.20");
        assertThat(disclosure.grade()).isEqualTo("优");
        assertThat(disclosure.sha256()).hasSize(64).isEqualTo(sha256(disclosure.documentJson()));
        assertThat(disclosures.disclosure(id)).contains(disclosure);
        assertThat(as(ADMIN, () -> audit.timeline(id))).extracting(AuditView::action, AuditView::toStage)
                .containsExactly(
                        tuple(WorkflowAction.SUBMIT, EvaluationStatus.INTERNAL_REVIEW),
                        tuple(WorkflowAction.APPROVE, EvaluationStatus.FINANCE_CHECK),
                        tuple(WorkflowAction.APPROVE, EvaluationStatus.PUBLICATION),
                        tuple(WorkflowAction.PUBLISH, EvaluationStatus.DISCLOSED));
        assertThat(as(ADMIN, () -> history.scoreHistory(id))).hasSize(4).allSatisfy(snapshot -> {
            assertThat(snapshot.schemeId()).isEqualTo("henan-department-overall");
            assertThat(snapshot.total()).isEqualByComparingTo("97.20");
        });
        assertThatThrownBy(() -> as(OFFICE_DRAFTER, () -> evaluations.updateJson(id, 99, Forms.submittable())))
                .isInstanceOf(EvaluationLockedException.class);
    }

    @Test
    void submissionIsRefusedWhileTheScorerReportsErrorsAndTheRefusalListsThem() {
        long id = imported(Forms.withErrors());

        assertThatThrownBy(() -> as(OFFICE_DRAFTER, () -> workflow.submit(id)))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused ->
                        assertThat(refused.errors()).extracting(Finding::pointer)
                                .containsExactlyInAnyOrder("/level1/2", "/level1/3"));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.DRAFTING);
        assertThat(as(ADMIN, () -> audit.timeline(id))).isEmpty();
    }

    @Test
    void internalReviewReturnsTheFormToItsDraftersWithAReason() {
        long id = imported(Forms.submittable());
        as(OFFICE_DRAFTER, () -> workflow.submit(id));

        assertThatThrownBy(() -> as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, " ")))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, refused ->
                        assertThat(refused.text()).isEqualTo(Text.of("workflow.process.reasonRequired")));
        as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, "请补充结转结余率未完成的原因"));

        assertThat(stage(id)).isEqualTo(EvaluationStatus.DRAFTING);
        assertThat(as(ADMIN, () -> audit.timeline(id)).getLast().reason()).isEqualTo("请补充结转结余率未完成的原因");
        assertThat(as(OFFICE_DRAFTER, () -> queries.actions(id))).contains(WorkflowAction.SUBMIT);
    }

    @Test
    void aSendBackIsRectifiedAnsweredAndThenApproved() {
        long id = imported(Forms.submittable());
        toFinanceCheck(id);

        as(FINANCE_REVIEWER, () -> workflow.sendBack(id, "结转结余率未达标", List.of(
                new RectificationRequest(7, null, "说明结转结余率超标原因"),
                new RectificationRequest(null, "SELF_TOTAL_DIFFERS", "更正自评得分"))));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.RECTIFICATION);
        List<RectificationItemView> items = as(OFFICE_DRAFTER, () -> rectification.items(id));
        assertThat(items).hasSize(2).allSatisfy(item -> assertThat(item.round()).isEqualTo(1));

        long version = as(OFFICE_DRAFTER, () -> evaluations.summary(id)).version();
        as(OFFICE_DRAFTER, () -> evaluations.updateJson(id, version, as(OFFICE_DRAFTER,
                () -> evaluations.exportJson(id)).replace("\"actual\" : \"25.79\"", "\"actual\" : \"19.5\"")));
        assertThatThrownBy(() -> as(OFFICE_DRAFTER, () -> workflow.resubmit(id, List.of(
                new RectificationAnswer(items.get(0).id(), "已压降")))))
                .isInstanceOfSatisfying(RectificationRefusedException.class, refused ->
                        assertThat(refused.text()).isEqualTo(Text.of("workflow.rectification.unanswered", "2")));
        as(OFFICE_DRAFTER, () -> workflow.resubmit(id, List.of(new RectificationAnswer(items.get(0).id(), "已压降"),
                new RectificationAnswer(items.get(1).id(), "已更正"))));

        assertThat(stage(id)).isEqualTo(EvaluationStatus.INTERNAL_REVIEW);
        assertThat(as(ADMIN, () -> history.scoreHistory(id)).getLast().changedRows()).containsExactly(7);
        assertThat(as(ADMIN, () -> rectification.items(id))).allSatisfy(item ->
                assertThat(item.answer()).isNotBlank());
        toApproved(id);
        assertThat(stage(id)).isEqualTo(EvaluationStatus.PUBLICATION);
    }

    private void toApproved(long id) {
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));
        as(FINANCE_REVIEWER, () -> workflow.approve(id, null));
    }

    @Test
    void twoSendBackRoundsKeepTheirItemsApartAndAReturnInRectificationStaysThere() {
        long id = imported(Forms.submittable());
        toFinanceCheck(id);
        as(FINANCE_REVIEWER, () -> workflow.sendBack(id, "第一轮", List.of(new RectificationRequest(5, null, "核实"))));
        long first = as(OFFICE_DRAFTER, () -> rectification.items(id)).getFirst().id();
        as(OFFICE_DRAFTER, () -> workflow.resubmit(id, List.of(new RectificationAnswer(first, "已核实"))));
        as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, "答复不充分"));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.RECTIFICATION);
        as(OFFICE_DRAFTER, () -> workflow.resubmit(id, List.of(new RectificationAnswer(first, "已补充说明"))));
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));

        as(FINANCE_REVIEWER, () -> workflow.sendBack(id, "第二轮", List.of(new RectificationRequest(6, null, "再核"))));
        List<RectificationItemView> items = as(OFFICE_DRAFTER, () -> rectification.items(id));
        assertThat(items).extracting(RectificationItemView::round).containsExactly(1, 2);
        as(OFFICE_DRAFTER, () -> workflow.resubmit(id, List.of(new RectificationAnswer(items.get(1).id(), "已再核"))));
        toApproved(id);
        as(OFFICE_REVIEWER, () -> workflow.publish(id));

        assertThat(stage(id)).isEqualTo(EvaluationStatus.DISCLOSED);
        assertThat(disclosures.disclosure(id)).isPresent();
    }

    @Test
    void theSubmitterWithdrawsWhileTheNextStepIsUnclaimedAndNotAfter() {
        long id = imported(Forms.submittable());
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        assertThat(as(OFFICE_DRAFTER, () -> queries.actions(id))).containsExactly(WorkflowAction.WITHDRAW);

        as(OFFICE_DRAFTER, () -> workflow.withdraw(id));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.DRAFTING);

        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        as(OFFICE_REVIEWER, () -> workflow.claim(id));
        assertThatThrownBy(() -> as(OFFICE_DRAFTER, () -> workflow.withdraw(id)))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, refused ->
                        assertThat(refused.text()).isEqualTo(Text.of("workflow.withdraw.claimed", OFFICE_REVIEWER)));
        as(OFFICE_REVIEWER, () -> workflow.unclaim(id));
        assertThatThrownBy(() -> as(OFFICE_REVIEWER_2, () -> workflow.withdraw(id)))
                .isInstanceOf(WorkflowRefusedException.class);
        assertThat(stage(id)).isEqualTo(EvaluationStatus.INTERNAL_REVIEW);
    }

    @Test
    void aHeldTaskIsTransferredOnlyToAnotherUserOfTheSameRoleAndDepartment() {
        long id = imported(Forms.submittable());
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        as(OFFICE_REVIEWER, () -> workflow.claim(id));

        assertThatThrownBy(() -> as(OFFICE_REVIEWER, () -> workflow.transfer(id, EDUCATION_REVIEWER)))
                .isInstanceOf(WorkflowRefusedException.class);
        assertThatThrownBy(() -> as(OFFICE_REVIEWER, () -> workflow.transfer(id, OFFICE_DRAFTER)))
                .isInstanceOf(WorkflowRefusedException.class);
        as(OFFICE_REVIEWER, () -> workflow.transfer(id, OFFICE_REVIEWER_2));

        assertThat(task(id).getAssignee()).isEqualTo(OFFICE_REVIEWER_2);
        assertThatThrownBy(() -> as(OFFICE_REVIEWER, () -> workflow.approve(id, null)))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, refused ->
                        assertThat(refused.text()).isEqualTo(Text.of("workflow.process.heldBy", OFFICE_REVIEWER_2)));
        as(OFFICE_REVIEWER_2, () -> workflow.approve(id, null));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.FINANCE_CHECK);
        assertThat(as(ADMIN, () -> audit.timeline(id))).extracting(AuditView::action)
                .containsExactly(WorkflowAction.SUBMIT, WorkflowAction.CLAIM, WorkflowAction.TRANSFER,
                        WorkflowAction.APPROVE);
    }

    @Test
    void usersOfAnotherDepartmentOrRoleAreRefusedAtEveryStep() {
        long id = imported(Forms.submittable());
        refusedAll(id, () -> workflow.submit(id), EDUCATION_DRAFTER, OFFICE_REVIEWER, FINANCE_REVIEWER, ADMIN);
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        refusedAll(id, () -> workflow.approve(id, null), EDUCATION_REVIEWER, OFFICE_DRAFTER, FINANCE_REVIEWER, ADMIN);
        refusedAll(id, () -> workflow.returnToDrafters(id, "x"), EDUCATION_REVIEWER, OFFICE_DRAFTER);
        refusedAll(id, () -> workflow.claim(id), EDUCATION_REVIEWER, OFFICE_DRAFTER, FINANCE_REVIEWER);
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));
        refusedAll(id, () -> workflow.approve(id, null), OFFICE_REVIEWER, EDUCATION_REVIEWER, OFFICE_DRAFTER);
        refusedAll(id, () -> workflow.sendBack(id, "x", List.of(new RectificationRequest(1, null, "x"))),
                OFFICE_REVIEWER, OFFICE_DRAFTER, EDUCATION_DRAFTER);
        as(FINANCE_REVIEWER, () -> workflow.approve(id, null));
        refusedAll(id, () -> workflow.publish(id), OFFICE_DRAFTER, EDUCATION_REVIEWER, FINANCE_REVIEWER);

        assertThat(stage(id)).isEqualTo(EvaluationStatus.PUBLICATION);
        assertThatThrownBy(() -> as(EDUCATION_REVIEWER, () -> queries.actions(id)))
                .as("another department's form is missing to them").isInstanceOf(EvaluationNotFoundException.class);
        assertThat(as(EDUCATION_DRAFTER, () -> inbox.inbox())).noneMatch(item -> item.evaluationId() == id);
    }

    private void refusedAll(long id, Runnable step, String... users) {
        EvaluationStatus before = stage(id);
        for (String user : users) {
            // another department's form is missing to its users; the wrong role is refused
            assertThatThrownBy(() -> as(user, step)).as(user)
                    .isInstanceOfAny(AccessDeniedException.class, EvaluationNotFoundException.class);
        }
        assertThat(stage(id)).isEqualTo(before);
    }

    @Test
    void aFailureInTheMiddleOfAStepRollsBackProcessStatusAndTrail() {
        long id = imported(Forms.submittable());
        failingStore.failing = true;

        assertThatThrownBy(() -> as(OFFICE_DRAFTER, () -> workflow.submit(id)))
                .isInstanceOf(IllegalStateException.class).hasMessage("disk full");

        failingStore.failing = false;
        assertThat(stage(id)).isEqualTo(EvaluationStatus.DRAFTING);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo("drafting");
        assertThat(as(ADMIN, () -> audit.timeline(id))).isEmpty();
        assertThat(as(ADMIN, () -> history.scoreHistory(id))).isEmpty();
    }


    @Test
    void aWithdrawnSubmissionCannotBeWithdrawnAgainAndAReturnCannotBeWithdrawn() {
        long id = imported(Forms.submittable());
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        as(OFFICE_DRAFTER, () -> workflow.withdraw(id));

        assertThat(as(OFFICE_DRAFTER, () -> queries.actions(id))).doesNotContain(WorkflowAction.WITHDRAW);
        assertThatThrownBy(() -> as(OFFICE_DRAFTER, () -> workflow.withdraw(id)))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, refused ->
                        assertThat(refused.text()).isEqualTo(Text.of("workflow.withdraw.nothing")));
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, "请补充"));
        assertThat(as(OFFICE_REVIEWER, () -> queries.actions(id))).doesNotContain(WorkflowAction.WITHDRAW);
        assertThatThrownBy(() -> as(OFFICE_REVIEWER, () -> workflow.withdraw(id)))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, refused ->
                        assertThat(refused.text()).isEqualTo(Text.of("workflow.withdraw.notYours")));
        assertThat(as(ADMIN, () -> audit.timeline(id))).extracting(AuditView::action).containsExactly(
                WorkflowAction.SUBMIT, WorkflowAction.WITHDRAW, WorkflowAction.SUBMIT, WorkflowAction.RETURN);
    }

    @Test
    void aFinanceApprovalIsWithdrawnByTheReviewerWhoGaveIt() {
        long id = imported(Forms.submittable());
        toFinanceCheck(id);
        as(FINANCE_REVIEWER, () -> workflow.approve(id, null));
        assertThat(as(OFFICE_REVIEWER, () -> queries.actions(id))).doesNotContain(WorkflowAction.WITHDRAW);

        as(FINANCE_REVIEWER, () -> workflow.withdraw(id));

        assertThat(stage(id)).isEqualTo(EvaluationStatus.FINANCE_CHECK);
        assertThat(as(ADMIN, () -> audit.timeline(id)).getLast()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(WorkflowAction.WITHDRAW);
            assertThat(entry.actorRole()).isEqualTo(Role.FINANCE_REVIEWER.keycloakName());
        });
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
