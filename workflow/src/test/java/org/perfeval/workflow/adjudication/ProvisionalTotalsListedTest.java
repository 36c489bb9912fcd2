package org.perfeval.workflow.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationSummary;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.workflow.inbox.InboxItem;
import org.perfeval.workflow.inbox.InboxService;
import org.perfeval.workflow.process.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The lists read stored figures, not a fresh scoring: they show the total with the finance reviewer's decisions and
 * mark it 待认定 while rows are still to decide, as the evaluation page does.
 */
@SpringBootTest
@WithTestDirectory
class ProvisionalTotalsListedTest {

    @Autowired
    AdjudicationService adjudications;
    @Autowired
    WorkflowService workflow;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    InboxService inbox;
    @Autowired
    UserDetailsService users;

    @Test
    void theListAndTheInboxShowTheDecidedTotalAndHowManyRowsAreStillToDecide() {
        long id = as(OFFICE_DRAFTER, () -> evaluations.importJson(AdjudicationServiceTest.garbled())).id();
        assertThat(listed(id).pendingRows()).as("rows the rules cannot decide, from the import on").isEqualTo(2);
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));
        assertThat(inboxed(id).pendingRows()).isEqualTo(2);

        decide(id, AdjudicationServiceTest.PURCHASES, "4.5");
        assertThat(listed(id).pendingRows()).isEqualTo(1);
        assertThat(listed(id).computedTotal()).isEqualByComparingTo("95.70");
        assertThat(inboxed(id).latestScore()).isEqualByComparingTo("95.70");

        decide(id, AdjudicationServiceTest.PURCHASE_RATE, "6");
        EvaluationSummary decided = listed(id);
        assertThat(decided.pendingRows()).isZero();
        assertThat(decided.computedTotal()).isEqualByComparingTo("94.70");
        assertThat(inboxed(id).pendingRows()).isZero();
        assertThat(as(OFFICE_DRAFTER, () -> evaluations.page(0, 10, List.of())).items())
                .filteredOn(summary -> summary.id() == id).singleElement()
                .satisfies(summary -> assertThat(summary.computedTotal()).isEqualByComparingTo("94.70"));
    }

    private void decide(long id, String level3, String score) {
        int row = as(FINANCE_REVIEWER, () -> evaluations.export(id)).indicators().stream()
                .map(indicator -> indicator.level3()).toList().indexOf(level3);
        as(FINANCE_REVIEWER, () -> adjudications.adjudicate(id, row, new BigDecimal(score), "佐证材料核实后认定"));
    }

    private EvaluationSummary listed(long id) {
        return as(OFFICE_DRAFTER, () -> evaluations.visible()).stream().filter(summary -> summary.id() == id)
                .findFirst().orElseThrow();
    }

    private InboxItem inboxed(long id) {
        return as(FINANCE_REVIEWER, () -> inbox.inbox()).stream().filter(item -> item.evaluationId() == id)
                .findFirst().orElseThrow();
    }

    private <T> T as(String user, Supplier<T> work) {
        return TestDirectory.as(users, user, work);
    }

    private void as(String user, Runnable work) {
        TestDirectory.as(users, user, work);
    }
}
