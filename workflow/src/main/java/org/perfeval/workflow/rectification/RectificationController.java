package org.perfeval.workflow.rectification;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The rectification items of an evaluation, with their answers. */
@RestController
class RectificationController {

    private final RectificationService rectification;

    RectificationController(RectificationService rectification) {
        this.rectification = rectification;
    }

    @GetMapping("/api/evaluations/{id}/rectification-items")
    List<RectificationItemView> items(@PathVariable long id) {
        return rectification.items(id);
    }
}
