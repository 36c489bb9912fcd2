package org.perfeval.workflow.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.perfeval.core.evaluation.EvaluationStages;
import org.perfeval.core.security.LoggedIn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The process diagram of one evaluation, from the deployed BPMN model and the instance's history. */
@Service
@Transactional(readOnly = true)
public class ProcessDiagrams {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final EvaluationStages stages;

    ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history,
                    EvaluationStages stages) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.stages = stages;
    }

    @LoggedIn
    public ProcessDiagram of(long evaluationId) {
        stages.requireReadable(evaluationId);
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(evaluationId)).orderByProcessInstanceStartTime().desc()
                .list().stream().findFirst().orElse(null);
        String definitionId = instance != null ? instance.getProcessDefinitionId()
                : repository.createProcessDefinitionQuery().processDefinitionKey(Step.PROCESS).latestVersion()
                        .singleResult().getId();
        Set<String> active = new HashSet<>();
        Set<String> visited = new HashSet<>();
        if (instance != null) {
            if (instance.getEndTime() == null) {
                active.addAll(runtime.getActiveActivityIds(instance.getId()));
            }
            history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream()
                    .map(HistoricActivityInstance::getActivityId).forEach(visited::add);
        }
        return layout(repository.getBpmnModel(definitionId), active, visited);
    }

    static ProcessDiagram layout(BpmnModel model, Set<String> active, Set<String> visited) {
        Map<String, FlowNode> nodes = new LinkedHashMap<>();
        List<SequenceFlow> flows = new ArrayList<>();
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof FlowNode node && onMainPath(node)) {
                nodes.put(node.getId(), node);
            }
        }
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof SequenceFlow flow && nodes.containsKey(flow.getSourceRef())
                    && nodes.containsKey(flow.getTargetRef())) {
                flows.add(flow);
            }
        }
        Map<String, Integer> columns = columns(nodes, flows);
        Map<Integer, Integer> rowsUsed = new HashMap<>();
        List<ProcessDiagram.Node> laidOut = new ArrayList<>();
        for (FlowNode node : nodes.values()) {
            int column = columns.getOrDefault(node.getId(), 0);
            int row = rowsUsed.merge(column, 1, Integer::sum) - 1;
            laidOut.add(new ProcessDiagram.Node(node.getId(), node.getName(), kind(node), column, row));
        }
        List<ProcessDiagram.Flow> edges = flows.stream().map(flow -> new ProcessDiagram.Flow(flow.getId(),
                flow.getSourceRef(), flow.getTargetRef(), flow.getName(),
                columns.getOrDefault(flow.getTargetRef(), 0) <= columns.getOrDefault(flow.getSourceRef(), 0)))
                .toList();
        return new ProcessDiagram(laidOut, edges, onlyShown(active, nodes), onlyShown(visited, nodes));
    }

    private static Set<String> onlyShown(Set<String> ids, Map<String, FlowNode> nodes) {
        Set<String> shown = new HashSet<>(ids);
        shown.retainAll(nodes.keySet());
        return shown;
    }

    /** The longest path from the start to each node, following flows but never one that closes a cycle. */
    private static Map<String, Integer> columns(Map<String, FlowNode> nodes, List<SequenceFlow> flows) {
        Map<String, Integer> columns = new HashMap<>();
        nodes.values().stream().filter(StartEvent.class::isInstance).forEach(start -> visit(start.getId(), 0,
                new HashSet<>(), columns, flows));
        return columns;
    }

    private static void visit(String id, int column, Set<String> path, Map<String, Integer> columns,
                              List<SequenceFlow> flows) {
        if (columns.getOrDefault(id, -1) >= column && !path.isEmpty()) {
            return;
        }
        columns.merge(id, column, Math::max);
        path.add(id);
        for (SequenceFlow flow : flows) {
            if (flow.getSourceRef().equals(id) && !path.contains(flow.getTargetRef())) {
                visit(flow.getTargetRef(), column + 1, path, columns, flows);
            }
        }
        path.remove(id);
    }

    private static boolean onMainPath(FlowNode node) {
        if (node instanceof BoundaryEvent) {
            return false;
        }
        // the deadline timers' own service tasks and ends hang off boundary events only
        return node.getIncomingFlows().stream().noneMatch(flow -> flow.getSourceFlowElement() instanceof BoundaryEvent)
                && !(node instanceof EndEvent && node.getIncomingFlows().stream()
                        .anyMatch(flow -> !(flow.getSourceFlowElement() instanceof UserTask)));
    }

    private static String kind(FlowNode node) {
        if (node instanceof StartEvent) {
            return "start";
        }
        if (node instanceof EndEvent) {
            return "end";
        }
        if (node instanceof ExclusiveGateway) {
            return "gateway";
        }
        return node instanceof UserTask ? "task" : "other";
    }
}
