package org.perfeval.core.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A call that fails in a way no handler expects, as a bug would: the tests' view of what a 500 shows a client. */
@RestController
class FailingApiController {

    @GetMapping("/api/test/failure")
    String fail() {
        throw new IllegalStateException("secret detail: jdbc:h2:mem:internal at /srv/perfeval/data");
    }
}
