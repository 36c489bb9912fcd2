package org.perfeval.workflow.adjudication;

import java.math.BigDecimal;
import java.util.List;

import org.perfeval.core.evaluation.adjudication.StoredAdjudication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 认定 over HTTP: {@code row} is the row's position in the form, 0 for row 1 (as in the form's JSON pointers and
 * rectification items). Like every writing call of the API, a withdrawal takes a JSON body ({@code {}}), which no
 * cross-site form can send. The service checks role, bureau, stage and task holder.
 */
@RestController
@RequestMapping("/api/evaluations/{id}/adjudications")
class AdjudicationController {

    private final AdjudicationService adjudications;

    AdjudicationController(AdjudicationService adjudications) {
        this.adjudications = adjudications;
    }

    /** The score decided and why. */
    record AdjudicationRequest(BigDecimal score, String reason) {
    }

    @GetMapping
    List<StoredAdjudication> list(@PathVariable long id) {
        return adjudications.adjudications(id);
    }

    @PutMapping(path = "/{row}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AdjudicationOutcome decide(@PathVariable long id, @PathVariable int row,
                               @RequestBody AdjudicationRequest request) {
        return adjudications.adjudicate(id, row, request.score(), request.reason());
    }

    @DeleteMapping("/{row}")
    AdjudicationOutcome withdraw(@PathVariable long id, @PathVariable int row) {
        return adjudications.withdraw(id, row);
    }
}
