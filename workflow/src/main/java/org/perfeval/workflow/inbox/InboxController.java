package org.perfeval.workflow.inbox;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox. */
@RestController
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/inbox")
    List<InboxItem> inbox() {
        return inbox.inbox();
    }
}
