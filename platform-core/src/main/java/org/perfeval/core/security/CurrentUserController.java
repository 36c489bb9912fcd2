package org.perfeval.core.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the platform takes the caller for: the same answer whichever way they logged in. */
@RestController
class CurrentUserController {

    @GetMapping("/api/me")
    CurrentUser me() {
        return CurrentUsers.require();
    }
}
