package org.perfeval.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.text.Text;

/** The withdrawal rule on its own: who may pull back which step, decided from what the process last completed. */
class WithdrawalTest {

    private static Optional<Withdrawal.Completed> completed(Step step, String by) {
        return Optional.of(new Withdrawal.Completed(step, by));
    }

    private static Text refusal(Runnable check) {
        try {
            check.run();
        } catch (WorkflowRefusedException refused) {
            return refused.text();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theDrafterWithdrawsASubmissionBackToDrafting() {
        assertThat(Withdrawal.check(Step.INTERNAL_REVIEW, null, completed(Step.DRAFTING, "wang"), "wang"))
                .isEqualTo(Step.DRAFTING);
    }

    @Test
    void aResubmissionGoesBackToRectificationAndApprovalsToTheirReview() {
        assertThat(Withdrawal.check(Step.INTERNAL_REVIEW, null, completed(Step.RECTIFICATION, "wang"), "wang"))
                .isEqualTo(Step.RECTIFICATION);
        assertThat(Withdrawal.check(Step.FINANCE_CHECK, null, completed(Step.INTERNAL_REVIEW, "li"), "li"))
                .isEqualTo(Step.INTERNAL_REVIEW);
        assertThat(Withdrawal.check(Step.PUBLICATION, null, completed(Step.FINANCE_CHECK, "sun"), "sun"))
                .isEqualTo(Step.FINANCE_CHECK);
    }

    @Test
    void nobodyWithdrawsOnceTheNextStepIsClaimed() {
        assertThat(refusal(() -> Withdrawal.check(Step.INTERNAL_REVIEW, "li", completed(Step.DRAFTING, "wang"),
                "wang"))).isEqualTo(Text.of("workflow.withdraw.claimed", "li"));
    }

    @Test
    void onlyWhoeverCompletedTheLastStepWithdrawsIt() {
        assertThat(refusal(() -> Withdrawal.check(Step.INTERNAL_REVIEW, null, completed(Step.DRAFTING, "wang"),
                "zhao"))).isEqualTo(Text.of("workflow.withdraw.notYours"));
    }

    @Test
    void returnsSendBacksAndWithdrawalsThemselvesCannotBeWithdrawn() {
        assertThat(refusal(() -> Withdrawal.check(Step.DRAFTING, null, completed(Step.INTERNAL_REVIEW, "li"), "li")))
                .isEqualTo(Text.of("workflow.withdraw.notYours"));
        assertThat(refusal(() -> Withdrawal.check(Step.RECTIFICATION, null, completed(Step.FINANCE_CHECK, "sun"),
                "sun"))).isEqualTo(Text.of("workflow.withdraw.notYours"));
    }

    @Test
    void aFreshOrJustWithdrawnFormHasNothingToWithdraw() {
        assertThat(refusal(() -> Withdrawal.check(Step.DRAFTING, null, Optional.empty(), "wang")))
                .isEqualTo(Text.of("workflow.withdraw.nothing"));
    }
}
