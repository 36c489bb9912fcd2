package org.perfeval.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The BPMN file and the code agree, read without an engine: every user task is a {@link Step}, every gateway condition
 * compares the decision with a {@link Decision} value, and the diagram is laid out from the model.
 */
public class BpmnModelTest {

    private static final Pattern DECISION = Pattern.compile("decision == '([^']+)'");

    /** The diagram of the BPMN file as deployed, with nothing active: every node the screens may show. */
    public static ProcessDiagram diagram() throws Exception {
        return ProcessDiagrams.layout(model(), Set.of(), Set.of());
    }

    static BpmnModel model() throws Exception {
        try (InputStream xml = BpmnModelTest.class.getResourceAsStream("/processes/self-evaluation.bpmn20.xml")) {
            return new BpmnXMLConverter().convertToBpmnModel(XMLInputFactory.newFactory().createXMLStreamReader(xml));
        }
    }

    @Test
    void everyUserTaskIsAStepAndEveryStepATask() throws Exception {
        Set<String> tasks = model().getMainProcess().findFlowElementsOfType(UserTask.class).stream()
                .map(UserTask::getId).collect(Collectors.toSet());
        assertThat(tasks).containsExactlyInAnyOrderElementsOf(Arrays.stream(Step.values()).map(Step::taskKey)
                .toList());
        assertThat(model().getMainProcess().getId()).isEqualTo(Step.PROCESS);
    }

    @Test
    void theGatewaysDecideOnDecisionValuesOnly() throws Exception {
        Set<String> values = Arrays.stream(Decision.values()).map(Decision::variableValue).collect(Collectors.toSet());
        Set<String> used = new HashSet<>();
        for (SequenceFlow flow : model().getMainProcess().findFlowElementsOfType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null) {
                Matcher matcher = DECISION.matcher(flow.getConditionExpression());
                assertThat(matcher.find()).as(flow.getId() + " compares the decision").isTrue();
                used.add(matcher.group(1));
            }
        }
        assertThat(used).isEqualTo(values);
    }

    @Test
    void theDiagramLaysTheMainPathOutLeftToRightAndMarksWhereTheFormIs() throws Exception {
        ProcessDiagram diagram = ProcessDiagrams.layout(model(), Set.of("financeCheck"),
                Set.of("started", "drafting", "internalReview", "internalDecision", "financeCheck"));

        Map<String, ProcessDiagram.Node> nodes = diagram.nodes().stream()
                .collect(Collectors.toMap(ProcessDiagram.Node::id, node -> node));
        assertThat(nodes).doesNotContainKeys("draftingReminder", "draftingOverdueNotice", "draftingOverdueHandled");
        assertThat(nodes.get("started").column()).isZero();
        assertThat(nodes.get("drafting").column()).isLessThan(nodes.get("internalReview").column());
        assertThat(nodes.get("financeDecision").column()).isLessThan(nodes.get("publication").column());
        assertThat(nodes.get("internalDecision").kind()).isEqualTo("gateway");
        assertThat(nodes.get("drafting").labelKey()).isEqualTo("diagram.node.drafting");
        assertThat(diagram.active()).containsExactly("financeCheck");
        assertThat(diagram.flows()).filteredOn(ProcessDiagram.Flow::back).extracting(ProcessDiagram.Flow::id)
                .contains("returnedToDrafting", "resubmitted");
    }
}
