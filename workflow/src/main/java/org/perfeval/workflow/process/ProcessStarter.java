package org.perfeval.workflow.process;

import org.perfeval.core.evaluation.EvaluationImported;
import org.perfeval.core.evaluation.EvaluationOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every imported or round-opened evaluation enters the process at drafting, in the creating transaction. */
@Component
class ProcessStarter {

    private final ProcessTasks tasks;

    ProcessStarter(ProcessTasks tasks) {
        this.tasks = tasks;
    }

    @EventListener
    void onImported(EvaluationImported imported) {
        tasks.start(imported.evaluationId(), imported.departmentCode(), imported.bureauCode());
    }

    @EventListener
    void onOpened(EvaluationOpened opened) {
        tasks.start(opened.evaluationId(), opened.departmentCode(), opened.bureauCode(), opened.dueDate());
    }
}
