package org.perfeval.workflow.process;

import org.perfeval.core.evaluation.EvaluationImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every imported evaluation enters the process at drafting, in the importing transaction. */
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
}
