package org.perfeval.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.NewAccount;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.evaluation.EvaluationLockedException;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.scoring.engine.Finding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The self-evaluation process, one path per test, on the real engine, database and scorer. */
@SpringBootTest
class SelfEvaluationProcessTest {


    private static final String OFFICE_REVIEWER_2 = "office.reviewer2";

    @Autowired
    WorkflowService workflow;
    @Autowired
    WorkflowQueries queries;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    DepartmentService departments;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    TaskService taskService;
    @MockitoSpyBean
    Recorder recorder;

    @BeforeEach
    void directory() {
        TestDirectory.ensure(departments, accounts);
        SystemUser.run(() -> {
            if (accounts.find(OFFICE_REVIEWER_2).isEmpty()) {
                accounts.create(new NewAccount(OFFICE_REVIEWER_2, "吴审核", null, TestDirectory.PASSWORD,
                        TestDirectory.OFFICE, Set.of(Role.DEPT_REVIEWER)));
            }
        });
        reset(recorder);
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
        assertThat(as(OFFICE_DRAFTER, () -> queries.inbox())).anyMatch(item -> item.evaluationId() == id);

        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.INTERNAL_REVIEW);
        as(OFFICE_REVIEWER, () -> workflow.approve(id, "同意"));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.FINANCE_CHECK);
        assertThat(as(FINANCE_REVIEWER, () -> queries.actions(id)))
                .contains(WorkflowAction.APPROVE, WorkflowAction.SEND_BACK, WorkflowAction.CLAIM);
        as(FINANCE_REVIEWER, () -> workflow.approve(id, null));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.PUBLICATION);
        DisclosureView disclosure = as(OFFICE_REVIEWER, () -> workflow.publish(id));

        assertThat(stage(id)).isEqualTo(EvaluationStatus.DISCLOSED);
        assertThat(disclosure.total()).isEqualByComparingTo("97.20");
        assertThat(disclosure.grade()).isEqualTo("优");
        assertThat(disclosure.sha256()).isEqualTo(Recorder.sha256(disclosure.documentJson()));
        assertThat(queries.disclosure(id)).contains(disclosure);
        assertThat(as(ADMIN, () -> queries.timeline(id))).extracting(AuditView::action, AuditView::toStage)
                .containsExactly(
                        tuple(WorkflowAction.SUBMIT, EvaluationStatus.INTERNAL_REVIEW),
                        tuple(WorkflowAction.APPROVE, EvaluationStatus.FINANCE_CHECK),
                        tuple(WorkflowAction.APPROVE, EvaluationStatus.PUBLICATION),
                        tuple(WorkflowAction.PUBLISH, EvaluationStatus.DISCLOSED));
        assertThat(as(ADMIN, () -> queries.scoreHistory(id))).hasSize(4).allSatisfy(snapshot -> {
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
        assertThat(as(ADMIN, () -> queries.timeline(id))).isEmpty();
    }

    @Test
    void internalReviewReturnsTheFormToItsDraftersWithAReason() {
        long id = imported(Forms.submittable());
        as(OFFICE_DRAFTER, () -> workflow.submit(id));

        assertThatThrownBy(() -> as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, " ")))
                .isInstanceOf(WorkflowRefusedException.class).hasMessageContaining("reason");
        as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, "请补充结转结余率未完成的原因"));

        assertThat(stage(id)).isEqualTo(EvaluationStatus.DRAFTING);
        assertThat(as(ADMIN, () -> queries.timeline(id)).getLast().reason()).isEqualTo("请补充结转结余率未完成的原因");
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
        List<RectificationItemView> items = as(OFFICE_DRAFTER, () -> queries.rectificationItems(id));
        assertThat(items).hasSize(2).allSatisfy(item -> assertThat(item.round()).isEqualTo(1));

        long version = as(OFFICE_DRAFTER, () -> evaluations.summary(id)).version();
        as(OFFICE_DRAFTER, () -> evaluations.updateJson(id, version, as(OFFICE_DRAFTER,
                () -> evaluations.exportJson(id)).replace("\"actual\" : \"25.79\"", "\"actual\" : \"19.5\"")));
        assertThatThrownBy(() -> as(OFFICE_DRAFTER, () -> workflow.resubmit(id, List.of(
                new RectificationAnswer(items.get(0).id(), "已压降")))))
                .isInstanceOf(WorkflowRefusedException.class).hasMessageContaining(String.valueOf(items.get(1).id()));
        as(OFFICE_DRAFTER, () -> workflow.resubmit(id, List.of(new RectificationAnswer(items.get(0).id(), "已压降"),
                new RectificationAnswer(items.get(1).id(), "已更正"))));

        assertThat(stage(id)).isEqualTo(EvaluationStatus.INTERNAL_REVIEW);
        assertThat(as(ADMIN, () -> queries.scoreHistory(id)).getLast().changedRows()).containsExactly(7);
        assertThat(as(ADMIN, () -> queries.rectificationItems(id))).allSatisfy(item ->
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
        long first = as(OFFICE_DRAFTER, () -> queries.rectificationItems(id)).getFirst().id();
        as(OFFICE_DRAFTER, () -> workflow.resubmit(id, List.of(new RectificationAnswer(first, "已核实"))));
        as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, "答复不充分"));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.RECTIFICATION);
        as(OFFICE_DRAFTER, () -> workflow.resubmit(id, List.of(new RectificationAnswer(first, "已补充说明"))));
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));

        as(FINANCE_REVIEWER, () -> workflow.sendBack(id, "第二轮", List.of(new RectificationRequest(6, null, "再核"))));
        List<RectificationItemView> items = as(OFFICE_DRAFTER, () -> queries.rectificationItems(id));
        assertThat(items).extracting(RectificationItemView::round).containsExactly(1, 2);
        as(OFFICE_DRAFTER, () -> workflow.resubmit(id, List.of(new RectificationAnswer(items.get(1).id(), "已再核"))));
        toApproved(id);
        as(OFFICE_REVIEWER, () -> workflow.publish(id));

        assertThat(stage(id)).isEqualTo(EvaluationStatus.DISCLOSED);
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
                .isInstanceOf(WorkflowRefusedException.class).hasMessageContaining("held by " + OFFICE_REVIEWER);
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
                .isInstanceOf(WorkflowRefusedException.class).hasMessageContaining("held by " + OFFICE_REVIEWER_2);
        as(OFFICE_REVIEWER_2, () -> workflow.approve(id, null));
        assertThat(stage(id)).isEqualTo(EvaluationStatus.FINANCE_CHECK);
        assertThat(as(ADMIN, () -> queries.timeline(id))).extracting(AuditView::action)
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
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(EDUCATION_DRAFTER, () -> queries.inbox())).noneMatch(item -> item.evaluationId() == id);
    }

    private void refusedAll(long id, Runnable step, String... users) {
        EvaluationStatus before = stage(id);
        for (String user : users) {
            assertThatThrownBy(() -> as(user, step)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(stage(id)).isEqualTo(before);
    }

    @Test
    void aFailureInTheMiddleOfAStepRollsBackProcessStatusAndTrail() {
        long id = imported(Forms.submittable());
        doThrow(new IllegalStateException("disk full")).when(recorder)
                .step(any(), any(), any(), any(), any(), any(), any());

        assertThatThrownBy(() -> as(OFFICE_DRAFTER, () -> workflow.submit(id)))
                .isInstanceOf(IllegalStateException.class).hasMessage("disk full");

        reset(recorder);
        assertThat(stage(id)).isEqualTo(EvaluationStatus.DRAFTING);
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo("drafting");
        assertThat(as(ADMIN, () -> queries.timeline(id))).isEmpty();
    }
}
