package org.perfeval.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfeval.core.testing.TestDirectory.EDUCATION_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationNotFoundException;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The diagram shows the deployed process's main path, the step an evaluation waits at, and where it has been. */
@SpringBootTest
@WithTestDirectory
class ProcessDiagramsTest {

    @Autowired
    ProcessDiagrams diagrams;
    @Autowired
    WorkflowService workflow;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    UserDetailsService users;


    @Test
    void aSubmittedFormWaitsAtInternalReviewHavingPassedDraftingAndTimersAreLeftOut() {
        long id = TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.importJson(
                Forms.submittableProject(2023, "流程图" + System.nanoTime())).id());
        TestDirectory.as(users, OFFICE_DRAFTER, () -> workflow.submit(id));

        ProcessDiagram diagram = TestDirectory.as(users, OFFICE_REVIEWER, () -> diagrams.of(id));

        Map<String, ProcessDiagram.Node> nodes = diagram.nodes().stream()
                .collect(Collectors.toMap(ProcessDiagram.Node::id, node -> node));
        assertThat(nodes.keySet()).containsExactlyInAnyOrder("started", "drafting", "internalReview",
                "internalDecision", "financeCheck", "financeDecision", "rectification", "publication", "disclosed");
        assertThat(diagram.active()).containsExactly("internalReview");
        assertThat(diagram.visited()).contains("started", "drafting", "internalReview").doesNotContain("financeCheck");
        assertThat(nodes.get("drafting").column()).isLessThan(nodes.get("internalReview").column());
        assertThat(nodes.get("internalReview").column()).isLessThan(nodes.get("financeCheck").column());
        assertThat(nodes.get("financeCheck").column()).isLessThan(nodes.get("publication").column());
        assertThat(diagram.flows()).filteredOn(ProcessDiagram.Flow::back).extracting(ProcessDiagram.Flow::id)
                .contains("returnedToDrafting", "resubmitted");
        assertThat(nodes.get("drafting").name()).isEqualTo("填报");

        assertThatThrownBy(() -> TestDirectory.as(users, EDUCATION_DRAFTER, () -> diagrams.of(id)))
                .isInstanceOfAny(AccessDeniedException.class, EvaluationNotFoundException.class);
    }
}
