package org.perfeval.workflow.deadline;

import java.util.List;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The stages' deadlines: read by anyone logged in, changed by administrators. */
@RestController
class DeadlineController {

    private final DeadlineService deadlines;

    DeadlineController(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/api/deadlines")
    List<DeadlineView> deadlines() {
        return deadlines.all();
    }

    @GetMapping("/api/evaluations/{id}/due-date-moves")
    List<DueDateMoveView> moves(@PathVariable long id) {
        return deadlines.moves(id);
    }

    @PutMapping(path = "/api/deadlines/{stage}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DeadlineView change(@PathVariable EvaluationStatus stage, @RequestBody DeadlineView change) {
        return deadlines.change(new DeadlineView(stage, change.daysAllowed(), change.workingDays(),
                change.remindBeforeDays(), change.escalateTo(), change.version(), null, null));
    }
}
