package org.perfeval.workflow.disclosure;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Confirming publication over HTTP; answers with the frozen report. */
@RestController
class DisclosureController {

    private final DisclosureService disclosure;

    DisclosureController(DisclosureService disclosure) {
        this.disclosure = disclosure;
    }

    /** The body is an empty JSON object: a cross-site form cannot send one. */
    record PublishRequest() {
    }

    @PostMapping(path = "/api/evaluations/{id}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    DisclosureView publish(@PathVariable long id, @RequestBody PublishRequest request) {
        return disclosure.publish(id);
    }
}
