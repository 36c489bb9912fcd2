package org.perfeval.workflow.history;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The score history of an evaluation. */
@RestController
class HistoryController {

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @GetMapping("/api/evaluations/{id}/score-history")
    List<ScoreSnapshotView> scoreHistory(@PathVariable long id) {
        return history.scoreHistory(id);
    }
}
